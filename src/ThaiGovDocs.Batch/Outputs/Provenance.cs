namespace ThaiGovDocs.Batch.Outputs;

/// <summary>Where a record came from, stored in its JSON as <c>provenance</c>; the hash lets a rerun skip unchanged inputs.</summary>
/// <param name="Source">Path of the input relative to the input folder, '/' separators.</param>
/// <param name="Sha256">SHA-256 of the input's bytes, lower-case hex.</param>
/// <param name="TextSource">Where the text came from: <c>text</c>, <c>ocr</c>, <c>pdf-text</c> (mixed PDFs: that of the first page).</param>
/// <param name="Tool">The tool and version that wrote the record.</param>
/// <param name="Pages">Pages read (0 for text inputs).</param>
/// <param name="OcrConfidence">Tesseract's mean confidence over the pages, 0..1; null for text inputs.</param>
public sealed record Provenance(string Source, string Sha256, string TextSource, string Tool, int Pages, float? OcrConfidence);
