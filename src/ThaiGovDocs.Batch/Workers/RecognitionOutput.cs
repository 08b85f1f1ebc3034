namespace ThaiGovDocs.Batch.Workers;

/// <summary>What reading one input produced, before the batch adds provenance.</summary>
/// <param name="TextSource"><c>text</c>, <c>ocr</c> or <c>pdf-text</c>.</param>
/// <param name="Text">The repaired text the parser read.</param>
/// <param name="ContractJson">The JSON contract (<c>LetterJson.Serialize</c>).</param>
/// <param name="Pages">Pages read; 0 for text inputs.</param>
/// <param name="OcrConfidence">Mean page confidence, 0..1; null for text inputs.</param>
/// <param name="SearchablePdf">Path of the searchable PDF written, when one was requested and made.</param>
public sealed record RecognitionOutput(string TextSource, string Text, string ContractJson, int Pages, float? OcrConfidence, string? SearchablePdf);
