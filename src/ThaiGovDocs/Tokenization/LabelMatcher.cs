using System.Runtime.CompilerServices;
using ThaiGovDocs.Text;
namespace ThaiGovDocs.Tokenization;

/// <summary>Matches a label at the start of a line, tolerating the damage OCR does to Thai labels.</summary>
internal static class LabelMatcher
{
    // Short labels ("ที่", "ถึง") must keep their vowels: without them they are other words.
    private const int MinLengthForDroppedVowels = 6;

    /// <summary>Finds the longest label at the start of <paramref name="line"/>.</summary>
    /// <returns>The label matched, or <see cref="LabelKind.None"/>; <paramref name="length"/> is the number of characters it covers.</returns>
    public static LabelKind Match(ReadOnlySpan<char> line, out int length, out bool tolerant)
    {
        length = 0;
        tolerant = false;
        if (line.IsEmpty || !LabelTable.TryGetBucket(line[0], out var candidates, out var fixedSeconds, out var lettersAfterMarks))
        {
            return LabelKind.None;
        }

        // Many candidates fail on their second character, which MatchOne can only compare (the fixed seconds of LabelTable.TryGetBucket): one
        // comparison here instead of a call (about 40 % of the corpus's candidates). Lines starting with เ have eleven.
        int second = 1;
        while (second < line.Length && ThaiChars.IsDroppableMark(line[second]))
        {
            second++;
        }

        // A candidate whose second character is a mark (ที่, สิ่งที่…, ส่วนราชการ) is compared at its first letter after the
        // marks instead: MatchOne only ever pairs marks with marks, so that letter must be the line's first after its marks.
        int afterMarks = second;
        while (afterMarks < line.Length && ThaiChars.IsCombiningMark(line[afterMarks]))
        {
            afterMarks++;
        }

        for (int k = 0; k < candidates.Length; k++)
        {
            ref readonly var candidate = ref candidates[k];
            if (fixedSeconds[k] != '\0' ? !SecondMatches(line, second, fixedSeconds[k], candidate.Text)
                : lettersAfterMarks[k] != '\0' && !SecondMatches(line, afterMarks, lettersAfterMarks[k], candidate.Text))
            {
                continue;
            }

            int matched = MatchOne(line, candidate.Text, out bool droppedMarks);
            if (matched < 0 || !EndsAtBoundary(line, matched, candidate))
            {
                continue;
            }

            length = matched;
            tolerant = droppedMarks || candidate.Damaged;
            return candidate.Kind;
        }

        return LabelKind.None;
    }

    /// <summary>
    /// The label as it should be printed, for one read with tolerance (<c>ขอแสดงความนับถอ</c> → <c>ขอแสดงความนับถือ</c>);
    /// null when <paramref name="label"/> is no whole label.
    /// </summary>
    public static string? PrintedForm(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty)
        {
            return null;
        }

        foreach (ref readonly var candidate in LabelTable.Candidates(label[0]))
        {
            if (MatchOne(label, candidate.Text, out _) == label.Length)
            {
                return candidate.PrintedAs ?? candidate.Text;
            }
        }

        return null;
    }

    /// <summary>Compares <paramref name="label"/> with the start of <paramref name="text"/>, skipping tone marks either side lost and
    /// letting a space in the label match any run of white space (or none).</summary>
    private static int MatchOne(ReadOnlySpan<char> text, string label, out bool droppedMarks)
    {
        droppedMarks = false;
        bool doubled = false;
        int droppedVowels = 0;
        int i = 0;
        int j = 0;
        bool ascii = char.IsAsciiLetter(label[0]);
        while (j < label.Length)
        {
            char expected = label[j];
            if (expected == ' ')
            {
                while (i < text.Length && ThaiChars.IsInlineSpace(text[i]))
                {
                    i++;
                }

                j++;
                continue;
            }

            if (i < text.Length && (text[i] == expected || (ascii && (text[i] | 0x20) == (expected | 0x20))))
            {
                i++;
                j++;
            }
            else if (i < text.Length && AreConfusable(text[i], expected))
            {
                // OCR swaps the short and long upper vowels (ิ/ี, ึ/ื): "สิงทิส่งมาด้วย".
                droppedMarks = true;
                i++;
                j++;
            }
            else if (IsDoubledConsonant(text, i, label, j) && !doubled && label.Length >= MinLengthForDroppedVowels)
            {
                // OCR read one consonant twice ("ประกาศ ณววันที่"); once per label, and only in long ones.
                doubled = droppedMarks = true;
                i++;
            }
            else if (ThaiChars.IsDroppableMark(expected))
            {
                droppedMarks = true;
                j++;
            }
            else if (ThaiChars.IsCombiningMark(expected) && label.Length >= MinLengthForDroppedVowels && ++droppedVowels <= label.Length / 4)
            {
                // Stock Thai OCR also loses upper vowels on long words ("บนทกขอความ" for "บันทึกข้อความ").
                droppedMarks = true;
                j++;
            }
            else if (i < text.Length && ThaiChars.IsDroppableMark(text[i]))
            {
                droppedMarks = true;
                i++;
            }
            else
            {
                return -1;
            }
        }

        // A mark right after the label means the label ended inside a character cluster.
        while (i < text.Length && ThaiChars.IsDroppableMark(text[i]) && !label.AsSpan().EndsWith("."))
        {
            droppedMarks = true;
            i++;
        }

        // Long labels shed a stray vowel mark OCR put after them ("บันทึกข้อความุ"); short ones would become other words.
        if (label.Length >= MinLengthForDroppedVowels)
        {
            while (i < text.Length && ThaiChars.IsCombiningMark(text[i]))
            {
                droppedMarks = true;
                i++;
            }
        }

        return i;
    }

    /// <summary>Whether <paramref name="text"/> repeats at <paramref name="i"/> the consonant the label just matched.</summary>
    private static bool IsDoubledConsonant(ReadOnlySpan<char> text, int i, string label, int j) =>
        i > 0 && i < text.Length && text[i] == text[i - 1] && j > 0 && text[i] == label[j - 1] && ThaiChars.IsConsonant(text[i]);

    /// <summary>MatchOne's own test of a fixed second character, at the first character after the droppable marks it skips.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SecondMatches(ReadOnlySpan<char> line, int at, char expected, string label)
    {
        if (at >= line.Length)
        {
            return false;
        }

        char c = line[at];
        return c == expected || (char.IsAsciiLetter(label[0]) && (c | 0x20) == (expected | 0x20));
    }

    // ิ/ี and ึ/ื: the pairs U+0E34/35 and U+0E36/37 differ in the last bit only. Inlined: it runs on every mismatch.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AreConfusable(char a, char b) => (a ^ b) == 1 && a is >= '\u0E34' and <= '\u0E37';

    private static bool EndsAtBoundary(ReadOnlySpan<char> line, int end, in LabelDefinition candidate)
    {
        if (end >= line.Length)
        {
            return true;
        }

        char next = line[end];
        if (ThaiChars.IsCombiningMark(next))
        {
            return false;
        }

        if (candidate.Glues || (candidate.GluesToAgency && AgencyNameStarts.IsStartOf(line[end..])))
        {
            return true;
        }

        return !ThaiChars.IsThaiLetter(next) && !char.IsAsciiLetter(next);
    }
}
