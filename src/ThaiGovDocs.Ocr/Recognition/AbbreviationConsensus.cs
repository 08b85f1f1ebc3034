using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>
/// Mends a unit abbreviation that OCR read once with one letter swapped for a look-alike (<c>หก.ภธก.ศซบ.ทหาร</c>) when
/// the same letter names it correctly at least twice elsewhere (<c>กธก.ศซบ.ทหาร</c> in the body). Units recur through a
/// letter (issuer, addressee, body, signatory), so the letter itself is the dictionary.
/// </summary>
/// <remarks>
/// Only letters of one confusion class are swapped, one per abbreviation, and only when exactly one spelling qualifies
/// (<c>นชบ</c> between <c>นซบ</c> and <c>นขบ</c>, twice each, is left as read). Every change is one character for one, so
/// offsets into the text stay valid.
/// </remarks>
internal static class AbbreviationConsensus
{
    // Look-alikes in Thai print; each string is one class.
    private static readonly string[] LookAlikes = ["กภถ", "ชซข", "ทหฑ", "บป", "ดต", "พฟ", "ผฝ", "ฎฏ"];

    // Two-letter abbreviations (กห, ทบ) are too many and too alike to tell apart this way.
    private const int MinLetters = 3;
    private const int MaxLetters = 5;
    private const int MinEvidence = 2;

    /// <summary>The text with such abbreviations mended; the same string when nothing changed.</summary>
    public static string Correct(string text, out int corrections)
    {
        ArgumentNullException.ThrowIfNull(text);
        corrections = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sites = new List<(int Start, string Segment)>();
        Collect(text, counts, sites);

        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        char[]? mended = null;
        foreach (var (start, segment) in sites)
        {
            if (counts[segment] == 1 && TryFindConsensus(segment, lookup, out int at, out char letter))
            {
                mended ??= text.ToCharArray();
                mended[start + at] = letter;
                corrections++;
            }
        }

        return mended is null ? text : new string(mended);
    }

    /// <summary>Every run of 3–5 bare consonants standing alone and dotted on at least one side.</summary>
    private static void Collect(string text, Dictionary<string, int> counts, List<(int, string)> sites)
    {
        for (int i = 0; i < text.Length;)
        {
            if (!ThaiChars.IsConsonant(text[i]) || (i > 0 && ThaiChars.IsThaiLetterOrMark(text[i - 1])))
            {
                i++;
                continue;
            }

            int end = i;
            while (end < text.Length && ThaiChars.IsConsonant(text[end]))
            {
                end++;
            }

            int length = end - i;
            bool alone = end == text.Length || !ThaiChars.IsThaiLetterOrMark(text[end]);
            bool dotted = (i > 0 && text[i - 1] == '.') || (end < text.Length && text[end] == '.');
            if (alone && dotted && length is >= MinLetters and <= MaxLetters)
            {
                var segment = text.Substring(i, length);
                counts[segment] = counts.GetValueOrDefault(segment) + 1;
                sites.Add((i, segment));
            }

            i = end;
        }
    }

    private static bool TryFindConsensus(string segment, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts, out int at, out char letter)
    {
        (at, letter) = (-1, '\0');
        Span<char> variant = stackalloc char[MaxLetters];
        segment.CopyTo(variant);
        variant = variant[..segment.Length];
        for (int k = 0; k < segment.Length; k++)
        {
            var lookAlikes = ClassOf(segment[k]);
            foreach (char other in lookAlikes)
            {
                if (other == segment[k])
                {
                    continue;
                }

                variant[k] = other;
                if (counts.TryGetValue(variant, out int count) && count >= MinEvidence)
                {
                    if (at >= 0)
                    {
                        return false; // two spellings qualify: no consensus
                    }

                    (at, letter) = (k, other);
                }
            }

            variant[k] = segment[k];
        }

        return at >= 0;
    }

    private static string ClassOf(char c)
    {
        foreach (var lookAlikes in LookAlikes)
        {
            if (lookAlikes.Contains(c, StringComparison.Ordinal))
            {
                return lookAlikes;
            }
        }

        return string.Empty;
    }
}
