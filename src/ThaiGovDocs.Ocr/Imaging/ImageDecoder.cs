using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Decodes raster files (PNG, JPEG, TIFF, BMP, WebP) with Leptonica, after checking headers against the size limits.</summary>
internal static unsafe class ImageDecoder
{
    /// <summary>Decodes every page of <paramref name="data"/>; each page's size is checked against <paramref name="maxPixels"/> before decoding.</summary>
    /// <exception cref="OcrInputException">The data is truncated, malformed, over a limit, or not an image Leptonica can read.</exception>
    public static List<DecodedImage> DecodeAll(string path, ReadOnlySpan<byte> data, ScanFormat format, long maxPixels, int maxPages, CancellationToken ct)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        if (format == ScanFormat.Tiff) return DecodeTiff(path, data, maxPixels, maxPages, ct);

        CheckComplete(path, data, format);
        return [Decode(path, data, maxPixels, page: null)];
    }

    /// <summary>Decodes one single-image buffer (also used for images embedded in PDFs).</summary>
    public static DecodedImage Decode(string path, ReadOnlySpan<byte> data, long maxPixels, int? page)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        LeptonicaMessages.Silence();
        fixed (byte* p = data)
        {
            int fmt, w, h, bps, spp, cmap;
            if (LeptonicaNative.pixReadHeaderMem(p, (nuint)data.Length, &fmt, &w, &h, &bps, &spp, &cmap) != 0)
            {
                throw new OcrInputException(path, "the image header cannot be read (corrupt, truncated or unsupported image)", page);
            }

            CheckPixels(path, w, h, maxPixels, page);
            var pix = LeptonicaNative.pixReadMem(p, (nuint)data.Length);
            if (pix.IsInvalid)
            {
                pix.Dispose();
                throw new OcrInputException(path, "the image data cannot be decoded (corrupt or truncated)", page);
            }

            return new DecodedImage(pix, pix.XResolution);
        }
    }

    /// <summary>Refuses images whose pixel count exceeds the limit: decompression bombs declare huge sizes in a tiny file.</summary>
    public static void CheckPixels(string path, long width, long height, long maxPixels, int? page)
    {
        if (width <= 0 || height <= 0) throw new OcrInputException(path, $"the image declares an invalid size {width}×{height}", page);
        if (width * height > maxPixels)
        {
            throw new OcrInputException(path, $"the image declares {width}×{height} = {width * height:N0} pixels, over the limit of {maxPixels:N0} (OcrOptions.MaxPixels)", page);
        }
    }

    private static List<DecodedImage> DecodeTiff(string path, ReadOnlySpan<byte> data, long maxPixels, int maxPages, CancellationToken ct)
    {
        IReadOnlyList<(int Width, int Height)> sizes;
        try
        {
            sizes = TiffDirectoryReader.ReadPageSizes(data, maxPages);
        }
        catch (FormatException e)
        {
            throw new OcrInputException(path, "malformed TIFF: " + e.Message, null, e);
        }

        if (sizes.Count > maxPages) throw new OcrInputException(path, $"the TIFF has more than {maxPages} pages (OcrOptions.MaxPages)");

        var pages = new List<DecodedImage>(sizes.Count);
        try
        {
            LeptonicaMessages.Silence();
            for (var i = 0; i < sizes.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                CheckPixels(path, sizes[i].Width, sizes[i].Height, maxPixels, i + 1);
                fixed (byte* p = data)
                {
                    var pix = LeptonicaNative.pixReadMemTiff(p, (nuint)data.Length, i);
                    if (pix.IsInvalid)
                    {
                        pix.Dispose();
                        throw new OcrInputException(path, "the TIFF page cannot be decoded (corrupt, truncated or unsupported compression)", i + 1);
                    }

                    pages.Add(new DecodedImage(pix, pix.XResolution));
                }
            }

            return pages;
        }
        catch
        {
            foreach (var page in pages) page.Dispose();
            throw;
        }
    }

    /// <summary>libjpeg and libpng decode truncated files with grey filler and only a warning: insist on the end markers.</summary>
    private static void CheckComplete(string path, ReadOnlySpan<byte> data, ScanFormat format)
    {
        switch (format)
        {
            case ScanFormat.Jpeg when !HasJpegEnd(data):
                throw new OcrInputException(path, "truncated JPEG: no end-of-image marker (FF D9)");
            case ScanFormat.Png when data.LastIndexOf("IEND"u8) < 0:
                throw new OcrInputException(path, "truncated PNG: no IEND chunk");
            default:
                break;
        }
    }

    /// <summary>Whether the JPEG ends with FF D9 (some writers pad a few bytes after it).</summary>
    public static bool HasJpegEnd(ReadOnlySpan<byte> data)
    {
        var tail = data[Math.Max(0, data.Length - 64)..];
        return tail.LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0;
    }
}
