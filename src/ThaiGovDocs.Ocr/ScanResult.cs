namespace ThaiGovDocs.Ocr;

/// <summary>The text of a scanned file and where each part of it came from.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Text">All pages' text joined with <see cref="PageSeparator"/>.</param>
/// <param name="Pages">Each page, in order.</param>
/// <param name="Locator">Maps spans of <paramref name="Text"/> back to page, box and confidence.</param>
public sealed record ScanResult(string Path, string Text, IReadOnlyList<ScanPage> Pages, ISourceLocator Locator)
{
    /// <summary>Separates pages in <see cref="Text"/>: a blank line holding a form feed, so a parser sees a paragraph break.</summary>
    public const string PageSeparator = "\n\f\n";

    /// <summary>Offset in <see cref="Text"/> where each page's text begins.</summary>
    public IReadOnlyList<int> PageOffsets { get; init; } = [];

    /// <summary>Where the text at <paramref name="offset"/> of <see cref="Text"/> came from: the text source of its page.</summary>
    public string TextSourceAt(int offset)
    {
        var page = 0;
        for (var i = 0; i < PageOffsets.Count && PageOffsets[i] <= offset; i++) page = i;
        return Pages.Count == 0 ? ScanPage.OcrSource : Pages[Math.Min(page, Pages.Count - 1)].TextSource;
    }
}
