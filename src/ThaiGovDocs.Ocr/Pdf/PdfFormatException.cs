namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>The PDF's syntax or structure is broken; turned into an <see cref="OcrInputException"/> naming the file.</summary>
internal sealed class PdfFormatException : Exception
{
    public PdfFormatException() { }

    public PdfFormatException(string message) : base(message) { }

    public PdfFormatException(string message, Exception innerException) : base(message, innerException) { }
}
