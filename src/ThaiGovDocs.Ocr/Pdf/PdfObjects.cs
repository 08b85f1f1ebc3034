namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>A PDF name such as /Type.</summary>
internal sealed record PdfName(string Value);

/// <summary>An indirect reference "N G R".</summary>
internal readonly record struct PdfRef(int Number, int Generation);

/// <summary>A PDF string (bytes, not yet decoded).</summary>
internal sealed record PdfString(byte[] Bytes);

/// <summary>A stream: its dictionary and its raw (still encoded) bytes.</summary>
internal sealed record PdfStream(Dictionary<string, object?> Dictionary, ReadOnlyMemory<byte> RawData);
