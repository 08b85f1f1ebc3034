using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>The pixels of an 8-bit page darker than a level, as a 1-bit page: Leptonica's <c>pixThresholdToBinary</c>
/// (and <c>pixConvertTo1</c> of a grey page), 32 pixels at a time.</summary>
internal static unsafe class DarkPixels
{
    /// <summary>Per 128-bit lane: the byte that lands at each place once the lanes are swapped. Leptonica keeps 8-bit pixel
    /// x at byte x ^ 3 and 1-bit pixel x at bit 31 − x of its word, so byte s of 32 goes to place 15 − (s ^ 3) of its lane.</summary>
    private static readonly Vector256<byte> ToBitOrder = Vector256.Create(
        (byte)12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);

    /// <summary><c>pixConvertTo1</c>: 1 where <paramref name="page"/> (any depth Leptonica converts) is darker than <paramref name="level"/>.</summary>
    public static PixHandle ToBinary(PixHandle page, int level) =>
        IsPlainGrey(page, level) ? Below(page, level) : Pix.Check(pixConvertTo1(page, level), "pixConvertTo1");

    /// <summary><c>pixThresholdToBinary</c>: 1 where the 8-bit <paramref name="gray"/> is below <paramref name="level"/>, 0 elsewhere.</summary>
    public static PixHandle Below(PixHandle gray, int level)
    {
        if (!IsPlainGrey(gray, level)) return Pix.Check(pixThresholdToBinary(gray, level), "pixThresholdToBinary");
        int width = gray.Width, height = gray.Height;
        var result = Pix.Check(pixCreate(width, height, 1), "pixCreate");
        _ = pixSetResolution(result, pixGetXRes(gray), pixGetYRes(gray));
        var source = (byte*)pixGetData(gray);
        var target = pixGetData(result);
        int sourceBytes = pixGetWpl(gray) * 4, targetWords = pixGetWpl(result);
        for (var y = 0; y < height; y++) Row(source + (y * sourceBytes), target + (y * targetWords), width, level);
        return result;
    }

    /// <summary>8 bits a pixel, no colour map, and a level that leaves some pixels white: the cases done here.</summary>
    private static bool IsPlainGrey(PixHandle pix, int level) => pix.Depth == 8 && pixGetColormap(pix) == IntPtr.Zero && level is >= 1 and <= 255;

    private static void Row(byte* line, uint* into, int width, int level)
    {
        var x = 0;
        if (Avx2.IsSupported)
        {
            var highest = Vector256.Create((byte)(level - 1));
            for (; x + 32 <= width; x += 32)
            {
                var bytes = Avx.LoadVector256(line + x);
                var ordered = Avx2.Shuffle(Avx2.Permute2x128(bytes, bytes, 1), ToBitOrder);
                var dark = Avx2.CompareEqual(Avx2.Min(ordered, highest), ordered); // v < level ⟺ min(v, level − 1) = v
                into[x >> 5] = (uint)Avx2.MoveMask(dark);
            }
        }

        for (; x < width; x++)
        {
            if (line[x ^ 3] < level) into[x >> 5] |= 0x80000000u >> (x & 31);
        }
    }
}
