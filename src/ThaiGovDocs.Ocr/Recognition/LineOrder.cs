namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>
/// Puts a page's lines top to bottom within each column. Tesseract orders its text blocks by its own column analysis,
/// which on letters with wide leading sometimes files a block of short lines (<c>ด่วน</c>, a unit's name) after the lines
/// printed below it: the document number then follows the date it stands above. Lines side by side (the number and the
/// date of a memo's header, a signature beside a stamp) keep Tesseract's order.
/// </summary>
internal static class LineOrder
{
    /// <summary><paramref name="lines"/> with each line moved before the first line of its column printed below it; the same list when nothing moves.</summary>
    public static List<RawLine> TopDown(List<RawLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (IsTopDown(lines)) return lines;
        var ordered = new List<RawLine>(lines.Count);
        foreach (var line in lines)
        {
            var at = ordered.FindIndex(placed => IsAbove(line, placed));
            ordered.Insert(at < 0 ? ordered.Count : at, line);
        }

        return ordered;
    }

    private static bool IsTopDown(List<RawLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            for (var k = 0; k < i; k++)
            {
                if (IsAbove(lines[i], lines[k])) return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="upper"/> shares a column with <paramref name="lower"/> and stands clearly above it
    /// (its middle above the other's top, and the other's middle below its bottom): marks split off a line are above it too.</summary>
    internal static bool IsAbove(RawLine upper, RawLine lower) =>
        upper.Left < lower.Right && lower.Left < upper.Right
        && (upper.Top + upper.Bottom) / 2 < lower.Top && (lower.Top + lower.Bottom) / 2 > upper.Bottom;
}
