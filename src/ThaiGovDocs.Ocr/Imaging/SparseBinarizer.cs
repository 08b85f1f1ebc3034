using System.Numerics;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Binarises a page that is white but for a few regions (a coloured-ink layer) region by region, with exactly the
/// result of binarising the whole page.</summary>
/// <remarks>
/// Sauvola's threshold at a pixel depends only on the window of <c>2h + 1</c> pixels around it (mirrored at the page's
/// edges); where that window is all white (255) the pixel stays white. Each region is the box around a group of non-white
/// pixels, grown by <c>2h + 2</c>: every window that meets a non-white pixel then lies within one region, and a region's
/// own mirrored border (h + 1 pixels) mirrors only white. Regions are row bands of non-white rows, split into column runs.
/// </remarks>
internal static unsafe class SparseBinarizer
{
    /// <summary>Above this share of the page in regions, the page is binarised whole.</summary>
    internal const double MaxRegionShare = 0.5;

    /// <summary>The 1-bit result of <paramref name="binarize"/> (a Sauvola binarisation with window half-size <paramref name="halfWindow"/>) on <paramref name="gray"/>.</summary>
    public static PixHandle Binarize(PixHandle gray, int halfWindow, Func<PixHandle, PixHandle> binarize)
    {
        var regions = Regions(gray, (2 * halfWindow) + 2);
        if (regions.Sum(r => (long)r.Width * r.Height) > MaxRegionShare * gray.Width * gray.Height) return binarize(gray);

        var result = Pix.Check(pixCreate(gray.Width, gray.Height, 1), "pixCreate");
        try
        {
            foreach (var r in regions)
            {
                using var crop = Pix.Check(pixCreate(r.Width, r.Height, 8), "pixCreate");
                using var binary = Succeeded(pixRasterop(crop, 0, 0, r.Width, r.Height, RasterCopy, gray, r.X, r.Y)) ? binarize(crop) : throw Failed();
                if (!Succeeded(pixRasterop(result, r.X, r.Y, r.Width, r.Height, RasterCopy, binary, 0, 0))) throw Failed();
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>A region of the page, in pixels.</summary>
    internal readonly record struct Region(int X, int Y, int Width, int Height);

    /// <summary>Disjoint boxes holding every non-white pixel of <paramref name="gray"/> with <paramref name="margin"/> pixels around it (clipped to the page).</summary>
    internal static List<Region> Regions(PixHandle gray, int margin)
    {
        using var dark = Pix.Check(pixThresholdToBinary(gray, 255), "pixThresholdToBinary");
        var rows = InkProfile.PerRow(dark);
        var regions = new List<Region>();
        foreach (var (top, bottom) in Runs(rows.Length, y => rows[y] > 0, margin))
        {
            var columns = ColumnsWithInk(dark, top, bottom, rows);
            foreach (var (left, right) in Runs(dark.Width, x => columns[x], margin))
            {
                regions.Add(new Region(left, top, right - left, bottom - top));
            }
        }

        return regions;
    }

    /// <summary>Runs of indexes in [0, <paramref name="length"/>) where <paramref name="isSet"/> holds, each grown by <paramref name="margin"/>, clipped, and merged where they overlap.</summary>
    private static List<(int Start, int End)> Runs(int length, Func<int, bool> isSet, int margin)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < length; i++)
        {
            if (!isSet(i)) continue;
            var end = i;
            while (end < length && isSet(end)) end++;
            int start = Math.Max(0, i - margin), stop = Math.Min(length, end + margin);
            if (runs.Count > 0 && runs[^1].End >= start) runs[^1] = (runs[^1].Start, stop);
            else runs.Add((start, stop));
            i = end;
        }

        return runs;
    }

    /// <summary>Which columns of the 1-bit <paramref name="dark"/> have a set pixel in rows [<paramref name="top"/>, <paramref name="bottom"/>) (<paramref name="rows"/>: set pixels per row).</summary>
    private static bool[] ColumnsWithInk(PixHandle dark, int top, int bottom, int[] rows)
    {
        int width = dark.Width, wpl = pixGetWpl(dark);
        var data = pixGetData(dark);
        var any = new uint[wpl];
        for (var y = top; y < bottom; y++)
        {
            if (rows[y] == 0) continue;
            var row = data + (y * wpl);
            for (var w = 0; w < wpl; w++) any[w] |= row[w];
        }

        // Leptonica keeps 1-bit pixels most significant bit first within each 32-bit word.
        var columns = new bool[width];
        for (var w = 0; w < wpl; w++)
        {
            for (var bits = any[w]; bits != 0;)
            {
                var first = BitOperations.LeadingZeroCount(bits);
                var x = (w * 32) + first;
                if (x < width) columns[x] = true;
                bits &= ~(0x80000000u >> first);
            }
        }

        return columns;
    }

    private static bool Succeeded(int status) => status == 0;

    private static InvalidOperationException Failed() => new("Leptonica pixRasterop failed.");
}
