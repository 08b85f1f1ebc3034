namespace ThaiGovDocs.Ocr;

/// <summary>Maps spans of a scan's joined text to the page, line box and confidence they were read from.</summary>
/// <remarks>
/// A span covering several lines gets the union of their boxes on the page where it starts and the lowest confidence.
/// A span on a text-layer page (no boxes) gets the whole page. Boxes are in the decoded page image's pixels.
/// </remarks>
public sealed class ScanSourceLocator : ISourceLocator
{
    private readonly IReadOnlyList<ScanPage> pages;
    private readonly IReadOnlyList<int> offsets;

    /// <summary>Creates a locator over <paramref name="pages"/> whose texts start at <paramref name="pageOffsets"/> in the joined text.</summary>
    public ScanSourceLocator(IReadOnlyList<ScanPage> pages, IReadOnlyList<int> pageOffsets)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(pageOffsets);
        if (pages.Count != pageOffsets.Count) throw new ArgumentException("one offset per page is required", nameof(pageOffsets));
        this.pages = pages;
        offsets = pageOffsets;
    }

    /// <inheritdoc />
    public SourceLocation? Locate(TextSpan span)
    {
        var index = PageAt(span.Start);
        if (index < 0) return null;
        var page = pages[index];
        var local = new TextSpan(span.Start - offsets[index], Math.Max(1, span.Length));
        if (local.Start > page.Text.Length) return null;

        if (page.Lines.Count == 0)
        {
            return new SourceLocation(page.Number, 0, 0, page.Width, page.Height, page.MeanConfidence);
        }

        int left = int.MaxValue, top = int.MaxValue, right = int.MinValue, bottom = int.MinValue;
        var confidence = 1f;
        foreach (var line in page.Lines)
        {
            if (!line.SpanInPageText.Overlaps(local)) continue;
            left = Math.Min(left, line.X);
            top = Math.Min(top, line.Y);
            right = Math.Max(right, line.X + line.Width);
            bottom = Math.Max(bottom, line.Y + line.Height);
            confidence = Math.Min(confidence, line.Confidence);
        }

        return left == int.MaxValue ? null : new SourceLocation(page.Number, left, top, right - left, bottom - top, confidence);
    }

    /// <summary>Index of the page whose text contains <paramref name="offset"/>; -1 for offsets inside a separator or out of range.</summary>
    private int PageAt(int offset)
    {
        for (var i = pages.Count - 1; i >= 0; i--)
        {
            if (offset < offsets[i]) continue;
            return offset <= offsets[i] + pages[i].Text.Length ? i : -1;
        }

        return -1;
    }
}
