using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

/// <summary>1-bit test pages painted pixel by pixel.</summary>
internal static unsafe class BitPages
{
    /// <summary>A white 1-bit page.</summary>
    public static PixHandle Blank(int width, int height)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        return Pix.Check(LeptonicaNative.pixCreate(width, height, 1), "pixCreate");
    }

    /// <summary>Sets pixel (x, y) of a 1-bit page (most significant bit first within each 32-bit word).</summary>
    public static void Set(PixHandle pix, int x, int y)
    {
        var row = LeptonicaNative.pixGetData(pix) + (y * LeptonicaNative.pixGetWpl(pix));
        row[x >> 5] |= 0x80000000u >> (x & 31);
    }

    /// <summary>Sets every pixel of a rectangle of a 1-bit page.</summary>
    public static void Fill(PixHandle pix, int x0, int y0, int width, int height)
    {
        for (var y = y0; y < y0 + height; y++)
        {
            for (var x = x0; x < x0 + width; x++) Set(pix, x, y);
        }
    }
}
