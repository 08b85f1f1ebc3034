using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>
/// How much of a band of ink rows is the edge of something taller: strokes that go on past the band's top or bottom row
/// (the foot of an emblem, the lowest rows of a large title's letters, the layout analysis having cut its line higher).
/// A line of its own that the layout analysis missed stands apart from the lines above and below it: next to none of its
/// ink touches theirs.
/// </summary>
internal static unsafe class BandOverhang
{
    /// <summary>A band with at least this share of its ink in strokes going on past it is the edge of something taller. On the
    /// test pages and memo scans the bands read as nothing or as junk have 0.86–1 of their ink so; the lines read back, 0–0.29.</summary>
    internal const double MinShare = 0.8;

    /// <summary>Whether the band of rows <paramref name="top"/> to <paramref name="bottom"/> (exclusive), columns <paramref name="left"/>
    /// to <paramref name="right"/>, of the 1-bit <paramref name="page"/> is mostly the edge of taller ink (<see cref="MinShare"/>).</summary>
    public static bool IsEdgeOfTallerInk(PixHandle page, int left, int top, int right, int bottom) => Share(page, left, top, right, bottom) >= MinShare;

    /// <summary>
    /// The share (0..1) of the ink in rows <paramref name="top"/> to <paramref name="bottom"/> (exclusive) and columns
    /// <paramref name="left"/> to <paramref name="right"/> (exclusive) of the 1-bit <paramref name="page"/> that is
    /// 8-connected, within the band, to ink in the row just above or just below it; 0 when the page is not 1-bit or the band holds no ink.
    /// </summary>
    public static double Share(PixHandle page, int left, int top, int right, int bottom)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Depth != 1) return 0;
        left = Math.Max(0, left);
        right = Math.Min(page.Width, right);
        top = Math.Max(0, top);
        bottom = Math.Min(page.Height, bottom);
        if (right <= left || bottom <= top) return 0;

        // One row beyond the band on each side (left blank at the page's edges).
        int width = right - left, height = bottom - top + 2;
        var ink = new byte[width * height];
        var data = pixGetData(page);
        var words = pixGetWpl(page);
        for (var y = 0; y < height; y++)
        {
            var pageY = top - 1 + y;
            if (pageY < 0 || pageY >= page.Height) continue;
            var row = data + (pageY * words);
            for (var x = 0; x < width; x++)
            {
                var px = left + x;
                ink[(y * width) + x] = (byte)((row[px >> 5] >> (31 - (px & 31))) & 1);
            }
        }

        return Share(ink, width, height);
    }

    /// <summary>
    /// The share of the ink of rows 1 to <paramref name="height"/> − 2 of <paramref name="ink"/> (one byte per pixel,
    /// row-major, non-zero: ink) reached from the ink of row 0 or row <paramref name="height"/> − 1 through 8-connected
    /// ink of those rows; 0 when they hold no ink.
    /// </summary>
    public static double Share(ReadOnlySpan<byte> ink, int width, int height)
    {
        if (width <= 0 || height < 3 || ink.Length < width * height) throw new ArgumentException("the ink buffer must hold width × height pixels, with a row above and below the band", nameof(ink));
        var reached = new bool[width * height];
        var stack = new Stack<int>();
        foreach (var edgeRow in (ReadOnlySpan<int>)[0, height - 1])
        {
            for (var x = 0; x < width; x++)
            {
                var p = (edgeRow * width) + x;
                if (ink[p] != 0) stack.Push(p);
            }
        }

        var bandInk = 0;
        for (var p = width; p < width * (height - 1); p++) bandInk += ink[p] != 0 ? 1 : 0;
        if (bandInk == 0) return 0;

        var overhang = 0;
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            int x = p % width, y = p / width;
            for (var ny = Math.Max(1, y - 1); ny <= Math.Min(height - 2, y + 1); ny++)
            {
                for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                {
                    var q = (ny * width) + nx;
                    if (ink[q] == 0 || reached[q]) continue;
                    reached[q] = true;
                    overhang++;
                    stack.Push(q);
                }
            }
        }

        return (double)overhang / bandInk;
    }
}
