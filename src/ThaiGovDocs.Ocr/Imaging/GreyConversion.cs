using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>A page's grey (luminance) as Leptonica's <c>pixConvertTo8</c> makes it, eight pixels at a time for a colour page.</summary>
/// <remarks>
/// Leptonica turns a 32-bit pixel into <c>(int)(0.3f r + 0.5f g + 0.2f b + 0.5)</c>: single-precision products and sums, the
/// half added in double. For a sum s in [t, t + 1), t an integer, that is t + 1 exactly when s − t ≥ 0.5 (s − t is exact in
/// single precision), so the vector path below gives the same bytes. Other depths go to Leptonica.
/// </remarks>
internal static unsafe class GreyConversion
{
    private const float RedWeight = 0.3f;
    private const float GreenWeight = 0.5f;
    private const float BlueWeight = 0.2f;

    /// <summary>The 8-bit grey of <paramref name="page"/> (any depth Leptonica converts; a 32-bit page never has a colour map).</summary>
    public static PixHandle ToGrey(PixHandle page)
    {
        if (page.Depth != 32) return Pix.Check(pixConvertTo8(page, 0), "pixConvertTo8");
        int width = page.Width, height = page.Height;
        var grey = Pix.Check(pixCreate(width, height, 8), "pixCreate");
        _ = pixSetResolution(grey, pixGetXRes(page), pixGetYRes(page));
        uint* source = pixGetData(page);
        var target = (byte*)pixGetData(grey);
        int sourceWords = pixGetWpl(page), targetBytes = pixGetWpl(grey) * 4;
        for (var y = 0; y < height; y++) ConvertRow(source + (y * sourceWords), target + (y * targetBytes), width);
        return grey;
    }

    private static void ConvertRow(uint* line, byte* into, int width)
    {
        var x = 0;
        if (Avx2.IsSupported)
        {
            Vector256<float> red = Vector256.Create(RedWeight), green = Vector256.Create(GreenWeight), blue = Vector256.Create(BlueWeight), half = Vector256.Create(0.5f);
            var mask = Vector256.Create(0xFFu);
            var levels = stackalloc int[8];
            for (; x + 8 <= width; x += 8)
            {
                var words = Avx.LoadVector256(line + x);
                var r = Avx.ConvertToVector256Single(Avx2.ShiftRightLogical(words, 24).AsInt32());
                var g = Avx.ConvertToVector256Single(Avx2.And(Avx2.ShiftRightLogical(words, 16), mask).AsInt32());
                var b = Avx.ConvertToVector256Single(Avx2.And(Avx2.ShiftRightLogical(words, 8), mask).AsInt32());

                // Leptonica's order: (0.3 r + 0.5 g) + 0.2 b, each product rounded (no fused multiply-add).
                var sum = Avx.Add(Avx.Add(Avx.Multiply(red, r), Avx.Multiply(green, g)), Avx.Multiply(blue, b));
                var whole = Avx.ConvertToVector256Int32WithTruncation(sum);
                var up = Avx.CompareGreaterThanOrEqual(Avx.Subtract(sum, Avx.ConvertToVector256Single(whole)), half).AsInt32();
                Avx.Store(levels, Avx2.Subtract(whole, up)); // a true comparison is −1
                for (var k = 0; k < 8; k++) into[(x + k) ^ 3] = (byte)levels[k];
            }
        }

        for (; x < width; x++)
        {
            var word = line[x];
            into[x ^ 3] = (byte)(int)((RedWeight * (word >> 24)) + (GreenWeight * ((word >> 16) & 0xFF)) + (BlueWeight * ((word >> 8) & 0xFF)) + 0.5);
        }
    }
}
