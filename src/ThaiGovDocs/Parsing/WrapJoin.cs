using ThaiGovDocs.Text;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Decides how a field that wraps between two Thai words is joined. Thai has no spaces between words, so a line break
/// may stand for a space between phrases or for nothing at all; the letter itself tells which when the words that meet
/// at the break also meet elsewhere on one line (<c>…วิทยาการและ / เลขหมาย…</c> against <c>วิทยาการและเลขหมาย</c> in the body).
/// </summary>
internal static class WrapJoin
{
    // Enough of each side to be specific, short enough to survive OCR slips further away from the break.
    private const int SideChars = 6;
    private const int MinSideChars = 2;

    // Where the evidence is looked for: the field's neighbourhood (its letter's header and body), not a whole bundle,
    // so the cost of a wrap stays flat however long the input is.
    private const int EvidenceBefore = 1_000;
    private const int EvidenceAfter = 2_500;

    /// <summary>A number wrapped after its slash (<c>ครั้งที่ ๑/</c> / <c>๒๕๖๘</c>): one figure, whatever the letter says.</summary>
    private static bool IsFigureBrokenAtSlash(ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        before.Length >= 2 && before[^1] == '/' && ThaiDigits.IsDigit(before[^2]) && !after.IsEmpty && ThaiDigits.IsDigit(after[0]);

    /// <summary>The part of <paramref name="text"/> searched for evidence about a break at <paramref name="at"/>.</summary>
    public static ReadOnlySpan<char> EvidenceAround(ReadOnlySpan<char> text, int at)
    {
        int start = Math.Max(0, at - EvidenceBefore);
        return text.Slice(start, Math.Min(text.Length, at + EvidenceAfter) - start);
    }

    /// <summary>
    /// True when the end of <paramref name="before"/> and the start of <paramref name="after"/> occur together without a
    /// space in <paramref name="document"/> more often than with one, or when the break falls after a figure's slash.
    /// </summary>
    public static bool WithoutSpace(ReadOnlySpan<char> document, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        before = before.TrimEnd();
        after = after.TrimStart();
        if (IsFigureBrokenAtSlash(before, after))
        {
            return true;
        }

        if (before.IsEmpty || after.IsEmpty || !ThaiChars.IsThaiLetterOrMark(before[^1]) || !ThaiChars.IsThaiLetter(after[0])
            || ThaiChars.IsCombiningMark(after[0]))
        {
            return false;
        }

        var tail = Tail(before);
        var head = Head(after);
        if (tail.Length < MinSideChars || head.Length < MinSideChars)
        {
            return false;
        }

        Span<char> probe = stackalloc char[(2 * SideChars) + 8];
        tail.CopyTo(probe);
        head.CopyTo(probe[tail.Length..]);
        int joined = Count(document, probe[..(tail.Length + head.Length)]);
        if (joined == 0)
        {
            return false;
        }

        tail.CopyTo(probe);
        probe[tail.Length] = ' ';
        head.CopyTo(probe[(tail.Length + 1)..]);
        return joined > Count(document, probe[..(tail.Length + 1 + head.Length)]);
    }

    /// <summary>The last Thai characters before the break, at most <see cref="SideChars"/>, never starting on a mark.</summary>
    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> text)
    {
        int start = text.Length;
        while (start > 0 && text.Length - start < SideChars && ThaiChars.IsThaiLetterOrMark(text[start - 1]))
        {
            start--;
        }

        while (start < text.Length && ThaiChars.IsCombiningMark(text[start]))
        {
            start++;
        }

        return text[start..];
    }

    /// <summary>The first Thai characters after the break, at most <see cref="SideChars"/> plus the marks of the last letter.</summary>
    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && end < SideChars && ThaiChars.IsThaiLetterOrMark(text[end]))
        {
            end++;
        }

        while (end < text.Length && end < SideChars + 4 && ThaiChars.IsCombiningMark(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    private static int Count(ReadOnlySpan<char> document, ReadOnlySpan<char> value)
    {
        int count = 0;
        for (int at = document.IndexOf(value, StringComparison.Ordinal); at >= 0; at = document.IndexOf(value, StringComparison.Ordinal))
        {
            count++;
            document = document[(at + value.Length)..];
        }

        return count;
    }
}
