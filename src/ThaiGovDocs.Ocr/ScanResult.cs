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
}
