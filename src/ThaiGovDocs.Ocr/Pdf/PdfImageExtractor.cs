using System.Text;

namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>Finds the scanned image of each PDF page and returns it in a form Leptonica decodes, at its own resolution.</summary>
internal static class PdfImageExtractor
{
    /// <summary>The largest image on each page; a page without one yields null (e.g. a born-digital page).</summary>
    /// <exception cref="PdfFormatException">The PDF is malformed, over a limit, or its image uses an unsupported encoding.</exception>
    public static List<PdfPageImage?> Extract(PdfDocument doc, IReadOnlyList<Dictionary<string, object?>> pages, long maxPixels)
    {
        var result = new List<PdfPageImage?>(pages.Count);
        for (var i = 0; i < pages.Count; i++) result.Add(ExtractPage(doc, pages[i], i + 1, maxPixels));
        return result;
    }

    private static PdfPageImage? ExtractPage(PdfDocument doc, Dictionary<string, object?> page, int number, long maxPixels)
    {
        var image = FindLargestImage(doc, doc.Get(page, "Resources") as Dictionary<string, object?>, 0);
        if (image is null) return null;

        var d = image.Dictionary;
        var width = (int)(doc.Get(d, "Width") as long? ?? 0);
        var height = (int)(doc.Get(d, "Height") as long? ?? 0);
        if (width <= 0 || height <= 0) throw new PdfFormatException($"page {number}: the image has no valid /Width and /Height");
        if ((long)width * height > maxPixels) throw new PdfFormatException($"page {number}: the image declares {width}×{height} pixels, over the limit of {maxPixels:N0} (OcrOptions.MaxPixels)");

        var rotate = (int)(((doc.Get(page, "Rotate") as long? ?? 0) % 360 + 360) % 360);
        var dpi = Resolution(doc, page, width, height, rotate);
        var filters = doc.Filters(d);
        var last = filters.Count > 0 ? filters[^1] : null;

        if (last is "DCTDecode" or "DCT" or "JPXDecode")
        {
            // Only the final filter may be the image codec; anything before it (rare) must be undone first.
            var bytes = filters.Count == 1 ? image.RawData.ToArray() : throw new PdfFormatException($"page {number}: chained filters {string.Join("+", filters)} are not supported");
            return new PdfPageImage(number, bytes, PdfImageEncoding.EncodedFile, width, height, dpi, rotate);
        }

        if (last is "CCITTFaxDecode" or "CCF")
        {
            return new PdfPageImage(number, CcittTiffWrapper.Wrap(doc, image, width, height), PdfImageEncoding.EncodedFile, width, height, dpi, rotate);
        }

        var samples = doc.DecodeStream(image) ?? throw new PdfFormatException($"page {number}: image filter {string.Join("+", filters)} is not supported");
        return new PdfPageImage(number, RebuildPnm(doc, d, samples, width, height, number), PdfImageEncoding.RebuiltPnm, width, height, dpi, rotate);
    }

    private static PdfStream? FindLargestImage(PdfDocument doc, Dictionary<string, object?>? resources, int depth)
    {
        if (resources is null || depth > 8 || doc.Get(resources, "XObject") is not Dictionary<string, object?> xobjects) return null;
        PdfStream? best = null;
        long bestPixels = 0;
        foreach (var value in xobjects.Values)
        {
            if (doc.Resolve(value) is not PdfStream s) continue;
            var subtype = (doc.Get(s.Dictionary, "Subtype") as PdfName)?.Value;
            var candidate = subtype switch
            {
                "Image" => s,
                "Form" => FindLargestImage(doc, doc.Get(s.Dictionary, "Resources") as Dictionary<string, object?>, depth + 1),
                _ => null,
            };
            if (candidate is null) continue;
            var pixels = (doc.Get(candidate.Dictionary, "Width") as long? ?? 0) * (doc.Get(candidate.Dictionary, "Height") as long? ?? 0);
            if (pixels > bestPixels) { best = candidate; bestPixels = pixels; }
        }

        return best;
    }

    /// <summary>Pixels per inch of the image across the page's width (MediaBox in points; 72 points per inch).</summary>
    private static int Resolution(PdfDocument doc, Dictionary<string, object?> page, int width, int height, int rotate)
    {
        if (doc.Get(page, "MediaBox") is not List<object?> box || box.Count != 4) return 0;
        var v = box.Select(b => doc.Resolve(b) switch { long l => (double)l, double x => x, _ => 0 }).ToArray();
        var pageWidth = Math.Abs(v[2] - v[0]);
        var pageHeight = Math.Abs(v[3] - v[1]);
        if (pageWidth < 1 || pageHeight < 1) return 0;

        // A portrait scan placed on a rotated page spans the page's height instead.
        var span = rotate is 90 or 270 ? pageHeight : pageWidth;
        if ((width > height) != (pageWidth > pageHeight)) span = span == pageWidth ? pageHeight : pageWidth;
        return (int)Math.Round(width * 72 / span);
    }

    private static byte[] RebuildPnm(PdfDocument doc, Dictionary<string, object?> d, byte[] samples, int width, int height, int page)
    {
        var isMask = doc.Get(d, "ImageMask") is true;
        var bpc = isMask ? 1 : (int)(doc.Get(d, "BitsPerComponent") as long? ?? 8);
        var components = isMask ? 1 : Components(doc, doc.Get(d, "ColorSpace"), page);
        var inverted = doc.Get(d, "Decode") is List<object?> decode && decode.Count >= 2 && doc.Resolve(decode[0]) is long or double && Convert.ToDouble(doc.Resolve(decode[0]), System.Globalization.CultureInfo.InvariantCulture) > 0;

        if (bpc == 1 && components == 1)
        {
            // PBM stores 1 = black; PDF DeviceGray stores 0 = black (and an image mask paints its 1 bits... as 0 unless /Decode [1 0]).
            var rowBytes = (width + 7) / 8;
            Need(samples, rowBytes * height, page);
            var flip = isMask ? inverted : !inverted;
            var body = samples.AsSpan(0, rowBytes * height).ToArray();
            if (flip) for (var i = 0; i < body.Length; i++) body[i] = (byte)~body[i];
            return Pnm("P4", width, height, null, body);
        }

        if (bpc != 8) throw new PdfFormatException($"page {page}: {bpc}-bit images are not supported");
        var expected = width * height * components;
        Need(samples, expected, page);
        return components switch
        {
            1 => Pnm("P5", width, height, 255, samples.AsSpan(0, expected).ToArray()),
            3 => Pnm("P6", width, height, 255, samples.AsSpan(0, expected).ToArray()),
            4 => Pnm("P6", width, height, 255, CmykToRgb(samples.AsSpan(0, expected))),
            _ => throw new PdfFormatException($"page {page}: {components}-component images are not supported"),
        };
    }

    private static int Components(PdfDocument doc, object? colorSpace, int page) =>
        colorSpace switch
        {
            PdfName { Value: "DeviceGray" or "G" or "CalGray" } => 1,
            PdfName { Value: "DeviceRGB" or "RGB" or "CalRGB" } => 3,
            PdfName { Value: "DeviceCMYK" or "CMYK" } => 4,
            List<object?> and [var kind, var arg, ..] when doc.Resolve(kind) is PdfName { Value: "ICCBased" } && doc.Resolve(arg) is PdfStream icc
                => (int)(doc.Get(icc.Dictionary, "N") as long? ?? 3),
            List<object?> and [var kind, ..] when doc.Resolve(kind) is PdfName { Value: "CalRGB" } => 3,
            List<object?> and [var kind, ..] when doc.Resolve(kind) is PdfName { Value: "CalGray" } => 1,
            _ => throw new PdfFormatException($"page {page}: image colour space {Describe(colorSpace)} is not supported"),
        };

    private static string Describe(object? value) => value switch
    {
        PdfName n => "/" + n.Value,
        List<object?> l when l.Count > 0 && l[0] is PdfName n => "/" + n.Value,
        null => "(none)",
        _ => value.GetType().Name,
    };

    private static void Need(byte[] samples, long expected, int page)
    {
        if (samples.Length < expected) throw new PdfFormatException($"page {page}: the image data is truncated ({samples.Length:N0} of {expected:N0} bytes)");
    }

    private static byte[] CmykToRgb(ReadOnlySpan<byte> cmyk)
    {
        var rgb = new byte[cmyk.Length / 4 * 3];
        for (int i = 0, o = 0; i + 3 < cmyk.Length; i += 4, o += 3)
        {
            var k = cmyk[i + 3];
            rgb[o] = (byte)Math.Max(0, 255 - cmyk[i] - k);
            rgb[o + 1] = (byte)Math.Max(0, 255 - cmyk[i + 1] - k);
            rgb[o + 2] = (byte)Math.Max(0, 255 - cmyk[i + 2] - k);
        }

        return rgb;
    }

    private static byte[] Pnm(string magic, int width, int height, int? max, byte[] body)
    {
        var header = Encoding.ASCII.GetBytes(max is { } m ? $"{magic}\n{width} {height}\n{m}\n" : $"{magic}\n{width} {height}\n");
        return [.. header, .. body];
    }
}
