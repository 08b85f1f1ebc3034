namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>What Tesseract read from one page image, in that image's pixel coordinates.</summary>
/// <param name="Text">Lines joined with "\n", paragraphs separated by a blank line.</param>
/// <param name="Lines">Each text line with its box, confidence (0..1) and span in <paramref name="Text"/>.</param>
/// <param name="MeanConfidence">Tesseract's mean word confidence, 0..1.</param>
/// <param name="Hocr">hOCR of the page, when requested.</param>
/// <param name="Tsv">TSV of the page, when requested.</param>
internal sealed record PageRecognition(string Text, IReadOnlyList<OcrLine> Lines, float MeanConfidence, string? Hocr, string? Tsv);
