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
    public static PixHandle Binarize(PixHandle gray, int halfWindow, Func<PixHandle, PixHandle> binarize) =>
        BinarizeRegions(gray, binarize, Regions(gray, (2 * halfWindow) + 2), MaxRegionShare);

    /// <summary>
    /// The 1-bit result of <paramref name="binarize"/> (Sauvola, window half-size <paramref name="halfWindow"/>, factor
    /// <paramref name="factor"/>) on a printed page: region by region around the pixels darker than <see cref="LightFrom"/>,
    /// with XY cuts so that the white between paragraphs and in the margins is skipped.
    /// </summary>
    public static PixHandle BinarizePrint(PixHandle gray, int halfWindow, float factor, Func<PixHandle, PixHandle> binarize)
    {
        var light = LightFrom(factor);
        if (light > 255) return binarize(gray);
        return BinarizeRegions(gray, binarize, Regions(gray, (2 * halfWindow) + 2, light, cut: true), MaxPrintRegionShare);
    }

    /// <summary>Above this share of a printed page in regions, it is binarised whole (regions cost their mirrored borders and copies).</summary>
    internal const double MaxPrintRegionShare = 0.8;

    /// <summary>
    /// The lowest grey level <c>a</c> such that Sauvola (factor <paramref name="factor"/>) leaves white every pixel whose
    /// window holds only levels ≥ <c>a</c>; 256 when there is none. Leptonica's threshold is
    /// <c>m (1 − k (1 − s / 128))</c> with m ≤ 255 the truncated window mean and s² = (mean square) − m²: on levels in
    /// [a, 255] the true variance is at most ((255 − a) / 2)², and the truncated mean adds at most 2·255 + 1 to s²
    /// (bounded here by 1024). The pixel, ≥ a, is black only below the threshold.
    /// </summary>
    internal static int LightFrom(float factor)
    {
        for (var a = 128; a <= 255; a++)
        {
            var spread = (255 - a) / 2.0;
            var sd = Math.Sqrt((spread * spread) + 1024);
            var threshold = 255 * (1 - (factor * (1 - (sd / 128))));
            if (threshold + 1 <= a && threshold >= 0) return a;
        }

        return 256;
    }

    private static PixHandle BinarizeRegions(PixHandle gray, Func<PixHandle, PixHandle> binarize, List<Region> regions, double maxShare)
    {
        if (regions.Sum(r => (long)r.Width * r.Height) > maxShare * gray.Width * gray.Height) return binarize(gray);

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
    internal static List<Region> Regions(PixHandle gray, int margin) => Regions(gray, margin, 255, cut: false);

    /// <summary>Disjoint boxes holding every pixel of <paramref name="gray"/> darker than <paramref name="lightFrom"/> with
    /// <paramref name="margin"/> pixels around it (clipped to the page): row bands split into column runs, and with
    /// <paramref name="cut"/> each box cut again by rows and columns until no cut finds a gap.</summary>
    internal static List<Region> Regions(PixHandle gray, int margin, int lightFrom, bool cut)
    {
        using var dark = DarkPixels.Below(gray, lightFrom);
        var rows = InkProfile.PerRow(dark);
        var regions = new List<Region>();
        foreach (var (top, bottom) in Runs(0, rows.Length, y => rows[y] > 0, margin))
        {
            var columns = ColumnsWithInk(dark, top, bottom, rows);
            foreach (var (left, right) in Runs(0, dark.Width, x => columns[x], margin))
            {
                var band = new Region(left, top, right - left, bottom - top);
                if (cut) CutRows(dark, band, margin, regions, changedBefore: false);
                else regions.Add(band);
            }
        }

        return regions;
    }

    /// <summary>XY cut of <paramref name="r"/>: its rows with dark pixels in its columns, as grown runs; then each run's columns.
    /// A box that neither cut changes is kept.</summary>
    private static void CutRows(PixHandle dark, Region r, int margin, List<Region> into, bool changedBefore)
    {
        var runs = Runs(r.Y, r.Y + r.Height, y => RowHasInk(dark, y, r.X, r.X + r.Width), margin);
        if (runs.Count == 1 && runs[0] == (r.Y, r.Y + r.Height))
        {
            if (changedBefore) CutColumns(dark, r, margin, into, changedBefore: false);
            else into.Add(r);
            return;
        }

        foreach (var (top, bottom) in runs) CutColumns(dark, r with { Y = top, Height = bottom - top }, margin, into, changedBefore: true);
    }

    private static void CutColumns(PixHandle dark, Region r, int margin, List<Region> into, bool changedBefore)
    {
        var columns = new bool[dark.Width];
        for (var y = r.Y; y < r.Y + r.Height; y++) MarkColumns(dark, y, r.X, r.X + r.Width, columns);
        var runs = Runs(r.X, r.X + r.Width, x => columns[x], margin);
        if (runs.Count == 1 && runs[0] == (r.X, r.X + r.Width))
        {
            if (changedBefore) CutRows(dark, r, margin, into, changedBefore: false);
            else into.Add(r);
            return;
        }

        foreach (var (left, right) in runs) CutRows(dark, r with { X = left, Width = right - left }, margin, into, changedBefore: true);
    }

    /// <summary>Whether row <paramref name="y"/> of the 1-bit <paramref name="dark"/> has a set pixel in columns [<paramref name="left"/>, <paramref name="right"/>).</summary>
    private static bool RowHasInk(PixHandle dark, int y, int left, int right)
    {
        var row = pixGetData(dark) + (y * pixGetWpl(dark));
        for (var x = left; x < right;)
        {
            var w = x >> 5;
            var first = x & 31;
            var count = Math.Min(32 - first, right - x);
            // Leptonica keeps 1-bit pixels most significant bit first within each 32-bit word.
            var mask = (count == 32 ? ~0u : ((1u << count) - 1) << (32 - first - count));
            if ((row[w] & mask) != 0) return true;
            x += count;
        }

        return false;
    }

    /// <summary>Sets <paramref name="columns"/>[x] for the set pixels of row <paramref name="y"/> in columns [<paramref name="left"/>, <paramref name="right"/>).</summary>
    private static void MarkColumns(PixHandle dark, int y, int left, int right, bool[] columns)
    {
        var row = pixGetData(dark) + (y * pixGetWpl(dark));
        for (var w = left >> 5; w <= (right - 1) >> 5; w++)
        {
            for (var bits = row[w]; bits != 0;)
            {
                var first = BitOperations.LeadingZeroCount(bits);
                var x = (w * 32) + first;
                if (x >= left && x < right) columns[x] = true;
                bits &= ~(0x80000000u >> first);
            }
        }
    }

    /// <summary>Runs of indexes in [<paramref name="from"/>, <paramref name="length"/>) where <paramref name="isSet"/> holds, each grown by <paramref name="margin"/>, clipped, and merged where they overlap.</summary>
    private static List<(int Start, int End)> Runs(int from, int length, Func<int, bool> isSet, int margin)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = from; i < length; i++)
        {
            if (!isSet(i)) continue;
            var end = i;
            while (end < length && isSet(end)) end++;
            int start = Math.Max(from, i - margin), stop = Math.Min(length, end + margin);
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
