namespace ThaiGovDocs.Ocr;

/// <summary>One recognised text line.</summary>
/// <param name="Text">The line's text.</param>
/// <param name="X">Left edge in pixels of the page image as decoded (before any upscaling).</param>
/// <param name="Y">Top edge in pixels.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Confidence">Tesseract's confidence for the line, 0..1.</param>
/// <param name="SpanInPageText">Where the line sits in the page text (ScanPage.Text).</param>
public sealed record OcrLine(string Text, int X, int Y, int Width, int Height, float Confidence, TextSpan SpanInPageText)
{
    /// <summary>The line's words, in pixels of the recognised image (to place coloured-ink words among them).</summary>
    internal IReadOnlyList<Recognition.WordBox> Words { get; init; } = [];
}
