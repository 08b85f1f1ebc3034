namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>The rectangle the letter pass reads for one line box.</summary>
/// <remarks>
/// Tesseract's layout analysis leaves a line's first glyph out of its box now and then (the อ of a bold <c>อ้างถึง</c>,
/// the เ of <c>เรียน</c>), so the crop reaches left by most of a line's height: white paper there costs nothing. Above and
/// below it leaves room for stacked marks (ั่, ี้) that the box may clip.
/// </remarks>
internal static class LetterPassCrop
{
    private const int MinPad = 4;

    /// <summary>Left, top, width and height of the crop for <paramref name="line"/>, never outside the page's top-left corner.</summary>
    public static (int Left, int Top, int Width, int Height) Around(RawLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int padY = Math.Max(2, line.Height / 5);
        int padLeft = Math.Max(MinPad, line.Height * 3 / 5);
        int left = Math.Max(0, line.Left - padLeft), top = Math.Max(0, line.Top - padY);
        return (left, top, line.Right + MinPad - left, line.Bottom + padY - top);
    }

    /// <summary>The crop for one stretch of <paramref name="line"/>: the line's crop, between the stretch's columns.</summary>
    public static (int Left, int Top, int Width, int Height) Around(RawLine line, LetterPassSpans.Span span)
    {
        var whole = Around(line);
        var left = Math.Max(whole.Left, span.Left);
        var right = Math.Min(whole.Left + whole.Width, span.Right);
        return (left, whole.Top, Math.Max(1, right - left), whole.Height);
    }
}
