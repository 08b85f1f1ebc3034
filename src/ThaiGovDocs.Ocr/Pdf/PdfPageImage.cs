namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>How a page image is encoded, which decides how it reaches Leptonica.</summary>
internal enum PdfImageEncoding
{
    /// <summary>A complete image file Leptonica reads as is (JPEG from DCTDecode, JPEG 2000 from JPXDecode, TIFF built around CCITT data).</summary>
    EncodedFile,

    /// <summary>A PNM file rebuilt from raw (FlateDecode or unfiltered) samples.</summary>
    RebuiltPnm,
}

/// <summary>The scan embedded in one PDF page.</summary>
/// <param name="PageNumber">1-based page number.</param>
/// <param name="Bytes">Image file bytes for Leptonica.</param>
/// <param name="Encoding">How the bytes were obtained.</param>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
/// <param name="Dpi">The image's own resolution, from its pixel width and the page width in points.</param>
/// <param name="Rotate">The page's /Rotate (0, 90, 180, 270), applied after decoding.</param>
internal sealed record PdfPageImage(int PageNumber, byte[] Bytes, PdfImageEncoding Encoding, int Width, int Height, int Dpi, int Rotate);
