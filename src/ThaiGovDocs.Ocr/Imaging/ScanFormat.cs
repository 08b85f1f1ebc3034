namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>File formats the reader accepts, recognised by their leading bytes.</summary>
public enum ScanFormat
{
    /// <summary>Not a supported format.</summary>
    Unknown,

    /// <summary>Portable Document Format.</summary>
    Pdf,

    /// <summary>TIFF, single or multi-page.</summary>
    Tiff,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>JPEG (JFIF/Exif).</summary>
    Jpeg,

    /// <summary>Windows bitmap.</summary>
    Bmp,

    /// <summary>WebP.</summary>
    WebP,
}

/// <summary>Recognises a supported format from magic bytes, and from the file extension.</summary>
public static class ScanFormatDetector
{
    /// <summary>The format the bytes start with; the extension is never trusted.</summary>
    public static ScanFormat FromMagic(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return ScanFormat.Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ScanFormat.Jpeg;
        if (head.Length >= 4 && (head[..4].SequenceEqual("II*\0"u8) || head[..4].SequenceEqual("MM\0*"u8))) return ScanFormat.Tiff;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8)) return ScanFormat.WebP;
        if (head.Length >= 14 && head[0] == (byte)'B' && head[1] == (byte)'M') return ScanFormat.Bmp;

        // PDF allows junk before the header within the first 1024 bytes.
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return ScanFormat.Pdf;
        return ScanFormat.Unknown;
    }

    /// <summary>The format an extension claims (".pdf", ".tif", ...), or Unknown.</summary>
    public static ScanFormat FromExtension(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PDF" => ScanFormat.Pdf,
            ".TIF" or ".TIFF" => ScanFormat.Tiff,
            ".PNG" => ScanFormat.Png,
            ".JPG" or ".JPEG" or ".JPE" or ".JFIF" => ScanFormat.Jpeg,
            ".BMP" or ".DIB" => ScanFormat.Bmp,
            ".WEBP" => ScanFormat.WebP,
            _ => ScanFormat.Unknown,
        };
}
