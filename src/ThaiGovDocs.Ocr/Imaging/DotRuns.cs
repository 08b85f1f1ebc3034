using System.Numerics;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Rows of dots: the pixels a horizontal closing then opening would keep, found in one pass over the set pixels.</summary>
/// <remarks>
/// In one row, a closing by a segment of <c>g + 1</c> pixels (edge-safe) fills exactly the gaps of at most <c>g</c> pixels between
/// two set pixels, and an opening by a segment of <c>L</c> pixels keeps exactly the runs of at least <c>L</c> set pixels (no
/// segment reaches past the image). So the dots that both keep are those of each cluster (set pixels with gaps of at most
/// <c>g</c>) spanning at least <c>L</c> pixels, which a scan of the row's set pixels finds without the full-page morphology's
/// g + L shifted copies of the page each way.
/// </remarks>
internal static unsafe class DotRuns
{
    /// <summary>The set pixels of the 1-bit <paramref name="dots"/> in row clusters (gaps of at most <paramref name="maxGap"/>
    /// pixels) spanning at least <paramref name="minLength"/> pixels: <c>pixCloseSafeBrick(maxGap + 1, 1)</c>, then
    /// <c>pixOpenBrick(minLength, 1)</c>, AND <paramref name="dots"/>.</summary>
    public static PixHandle InRuns(PixHandle dots, int maxGap, int minLength)
    {
        int width = dots.Width, height = dots.Height, wpl = pixGetWpl(dots);
        var result = Pix.Check(pixCreate(width, height, 1), "pixCreate");
        _ = pixSetResolution(result, pixGetXRes(dots), pixGetYRes(dots));
        uint* source = pixGetData(dots), target = pixGetData(result);
        var words = (width + 31) / 32;
        for (var y = 0; y < height; y++)
        {
            uint* row = source + (y * wpl), into = target + (y * wpl);
            int start = -1, last = -1;
            for (var w = 0; w < words; w++)
            {
                // Leptonica keeps 1-bit pixels most significant bit first within each 32-bit word.
                for (var bits = row[w]; bits != 0;)
                {
                    var first = BitOperations.LeadingZeroCount(bits);
                    bits &= ~(0x80000000u >> first);
                    var x = (w * 32) + first;
                    if (x >= width) break;
                    if (start >= 0 && x - last - 1 > maxGap)
                    {
                        if (last - start + 1 >= minLength) CopyBits(row, into, start, last);
                        start = x;
                    }
                    else if (start < 0)
                    {
                        start = x;
                    }

                    last = x;
                }
            }

            if (start >= 0 && last - start + 1 >= minLength) CopyBits(row, into, start, last);
        }

        return result;
    }

    /// <summary>Copies the bits of columns [<paramref name="from"/>, <paramref name="to"/>] of one row.</summary>
    private static void CopyBits(uint* row, uint* into, int from, int to)
    {
        for (var w = from >> 5; w <= to >> 5; w++)
        {
            var lo = Math.Max(from, w * 32) - (w * 32);
            var hi = Math.Min(to, (w * 32) + 31) - (w * 32);
            var mask = (uint)((0xFFFFFFFFul >> lo) & (0xFFFFFFFFul << (31 - hi)));
            into[w] |= row[w] & mask;
        }
    }
}
