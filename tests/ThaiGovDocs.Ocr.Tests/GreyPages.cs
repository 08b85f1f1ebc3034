using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

/// <summary>8-bit test pages painted in place, for the binarisers' pixel-for-pixel tests against Leptonica.</summary>
internal static unsafe class GreyPages
{
    /// <summary>A page of <paramref name="value"/> grey.</summary>
    public static PixHandle Plain(int width, int height, byte value)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        var pix = Pix.Check(LeptonicaNative.pixCreate(width, height, 8), "pixCreate");
        Fill(pix, 0, 0, width, height, value);
        return pix;
    }

    /// <summary>Paints a rectangle of an 8-bit image (bytes sit in 32-bit words, most significant first).</summary>
    public static void Fill(PixHandle pix, int x0, int y0, int w, int h, byte value)
    {
        var data = (byte*)LeptonicaNative.pixGetData(pix);
        var bytesPerLine = LeptonicaNative.pixGetWpl(pix) * 4;
        for (var y = y0; y < y0 + h; y++)
        {
            for (var x = x0; x < x0 + w; x++) data[(y * bytesPerLine) + (x ^ 3)] = value;
        }
    }
}
