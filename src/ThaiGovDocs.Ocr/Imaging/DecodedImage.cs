using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>One decoded page image and the resolution it was scanned at.</summary>
/// <param name="Pix">The image; owned by this object.</param>
/// <param name="Dpi">Scan resolution from the file (or the PDF page geometry); 0 when unknown.</param>
internal sealed record DecodedImage(PixHandle Pix, int Dpi) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Pix.Dispose();
}
