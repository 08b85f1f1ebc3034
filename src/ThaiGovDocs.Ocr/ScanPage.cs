namespace ThaiGovDocs.Ocr;

/// <summary>One page of a scan and the text read from it.</summary>
/// <param name="Number">1-based page number in the file.</param>
/// <param name="Text">The page's text: lines joined with "\n", paragraphs separated by a blank line.</param>
/// <param name="TextSource"><see cref="ScanPage.OcrSource"/> ("ocr") or <see cref="ScanPage.PdfTextSource"/> ("pdf-text").</param>
/// <param name="Width">Page image width in pixels (as decoded, before any clean-up scaling).</param>
/// <param name="Height">Page image height in pixels.</param>
/// <param name="Dpi">Page image resolution; 0 when unknown.</param>
/// <param name="MeanConfidence">Tesseract's mean word confidence, 0..1 (1 for text-layer pages).</param>
/// <param name="Lines">Recognised lines with boxes; empty for text-layer pages.</param>
/// <param name="Hocr">hOCR from Tesseract, when requested and the page was recognised.</param>
/// <param name="Tsv">TSV from Tesseract, when requested and the page was recognised.</param>
public sealed record ScanPage(int Number, string Text, string TextSource, int Width, int Height, int Dpi, float MeanConfidence, IReadOnlyList<OcrLine> Lines, string? Hocr, string? Tsv)
{
    /// <summary>Text recognised by Tesseract.</summary>
    public const string OcrSource = "ocr";

    /// <summary>Text taken from the PDF's text layer.</summary>
    public const string PdfTextSource = "pdf-text";

    /// <summary>Degrees the page image was turned clockwise before recognition (0, 90, 180, 270: orientation detection and the 180° retry); line boxes are mapped back to the image as decoded.</summary>
    public int RotationApplied { get; init; }

    /// <summary>Skew, in degrees, that was corrected before recognition.</summary>
    public float SkewCorrected { get; init; }

    /// <summary>Whether the page was read as black print and coloured ink apart (a colour scan with pen or stamp ink).</summary>
    public bool ColouredInkSeparated { get; init; }
}
