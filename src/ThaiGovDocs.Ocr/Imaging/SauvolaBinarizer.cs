using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>
/// Sauvola binarisation with Leptonica's arithmetic (<c>pixSauvolaBinarize</c> with a mirrored border), evaluated only at the
/// pixels that can turn black: pixel for pixel Leptonica's result on the whole page, without its five full-page passes.
/// </summary>
/// <remarks>
/// A pixel at or above <see cref="SparseBinarizer.LightFrom"/> stays white whatever its window holds, so the threshold is
/// computed only at the darker pixels, from window sums kept per column (rolled down the rows that have such pixels) and slid
/// along each such row. Leptonica's steps are followed exactly: the window mean is the integer sum times the single-precision
/// reciprocal of the window's area, truncated to a byte; the mean square is the sum of squares times the double reciprocal,
/// rounded; <c>sd = sqrtf(ms − m²)</c>; the threshold is <c>(int)(m (1 − k (1 − sd / 128)))</c> in double, kept to a byte;
/// a pixel is black below it. Window positions past the page's edges read the page mirrored (<c>pixAddMirroredBorder</c>).
/// </remarks>
internal static unsafe class SauvolaBinarizer
{
    /// <summary>Whether <see cref="Binarize"/> takes a page of this size (Leptonica wants at least 2h + 3 pixels each way).</summary>
    public static bool Fits(int width, int height, int halfWindow) => halfWindow >= 2 && width >= (2 * halfWindow) + 3 && height >= (2 * halfWindow) + 3;

    /// <summary>Whether <see cref="Binarize"/> takes <paramref name="factor"/> (Leptonica's range).</summary>
    public static bool Takes(float factor) => factor >= 0;

    /// <summary>The 1-bit Sauvola binarisation of the 8-bit <paramref name="gray"/> (no colour map) with window half-size
    /// <paramref name="halfWindow"/> and factor <paramref name="factor"/>; the page must <see cref="Fits"/>.</summary>
    public static PixHandle Binarize(PixHandle gray, int halfWindow, float factor)
    {
        int width = gray.Width, height = gray.Height;
        if (!Fits(width, height, halfWindow) || !Takes(factor)) throw new ArgumentOutOfRangeException(nameof(halfWindow), "The page is smaller than Sauvola's window, or the factor is negative.");
        var light = Math.Min(256, SparseBinarizer.LightFrom(factor));
        var result = Pix.Check(pixCreate(width, height, 1), "pixCreate");
        _ = pixSetResolution(result, pixGetXRes(gray), pixGetYRes(gray));

        var source = (byte*)pixGetData(gray);
        var bytesPerLine = pixGetWpl(gray) * 4;
        var target = pixGetData(result);
        var targetWords = pixGetWpl(result);

        // Each row's first and last pixel darker than the light level (-1: none), and the columns any window can need.
        var first = new int[height];
        var last = new int[height];
        int minX = width, maxX = -1;
        for (var y = 0; y < height; y++)
        {
            (first[y], last[y]) = DarkSpan(source + (y * bytesPerLine), width, light);
            if (first[y] < 0) continue;
            minX = Math.Min(minX, first[y]);
            maxX = Math.Max(maxX, last[y]);
        }

        if (maxX < 0) return result;

        var window = (2 * halfWindow) + 1;
        var area = (float)window * window;
        var meanNorm = (float)(1.0 / area);
        var squareNorm = 1.0 / area;
        var table = (long)width * height > SquareRootTableFrom;
        var neverBlack = NeverBlackFrom(factor);

        // A pixel can turn black only where its window meets a dark pixel: within h rows of a dark row, and within h columns
        // of the dark pixels of the rows its window spans. Windows read h columns further, mirrored at the edges.
        var c0 = Math.Max(0, minX - (2 * halfWindow));
        var c1 = Math.Min(width - 1, maxX + (2 * halfWindow));
        var sums = new int[width];
        var squares = new int[width];
        var current = -1;
        for (var y = 0; y < height; y++)
        {
            int from = width, to = -1;
            for (var r = Math.Max(0, y - halfWindow); r <= Math.Min(height - 1, y + halfWindow); r++)
            {
                if (first[r] < 0) continue;
                from = Math.Min(from, first[r]);
                to = Math.Max(to, last[r]);
            }

            if (to < 0) continue;

            // Column sums over rows y − h .. y + h: rolled from the row before when it is near, else summed afresh.
            if (current >= 0 && y - current <= window)
            {
                for (var r = current + 1; r <= y; r++) Roll(source, bytesPerLine, height, halfWindow, r, c0, c1, sums, squares);
            }
            else
            {
                Sum(source, bytesPerLine, height, halfWindow, y, c0, c1, sums, squares);
            }

            current = y;
            var row = new Row(source + (y * bytesPerLine), target + (y * targetWords), Math.Max(0, from - halfWindow), Math.Min(width - 1, to + halfWindow));
            Threshold(row, width, halfWindow, sums, squares, meanNorm, squareNorm, factor, table, neverBlack);
        }

        return result;
    }

    /// <summary>Leptonica takes square roots from a table on pages of more pixels than this, and computes them otherwise
    /// (the two differ only where rounding makes the variance −1: 0 from the table, NaN computed).</summary>
    private const long SquareRootTableFrom = 100_000;

    /// <summary>One row of the page: its grey levels, its 1-bit result, and the columns to threshold.</summary>
    private readonly struct Row(byte* line, uint* into, int from, int to)
    {
        public byte* Line { get; } = line;

        public uint* Into { get; } = into;

        public int From { get; } = from;

        public int To { get; } = to;
    }

    /// <summary>Row <paramref name="r"/> of a page of <paramref name="height"/> rows mirrored at its edges, as Leptonica's border reads it.</summary>
    private static int Mirror(int r, int height) => r < 0 ? -1 - r : r >= height ? (2 * height) - 1 - r : r;

    private static void Sum(byte* source, int bytesPerLine, int height, int halfWindow, int y, int c0, int c1, int[] sums, int[] squares)
    {
        Array.Clear(sums);
        Array.Clear(squares);
        for (var r = y - halfWindow; r <= y + halfWindow; r++)
        {
            var line = source + (Mirror(r, height) * bytesPerLine);
            for (var x = c0; x <= c1; x++)
            {
                int v = line[x ^ 3];
                sums[x] += v;
                squares[x] += v * v;
            }
        }
    }

    /// <summary>Column sums of the window of row <paramref name="y"/> from those of row <paramref name="y"/> − 1.</summary>
    private static void Roll(byte* source, int bytesPerLine, int height, int halfWindow, int y, int c0, int c1, int[] sums, int[] squares)
    {
        byte* entering = source + (Mirror(y + halfWindow, height) * bytesPerLine), leaving = source + (Mirror(y - halfWindow - 1, height) * bytesPerLine);
        for (var x = c0; x <= c1; x++)
        {
            int v = entering[x ^ 3], u = leaving[x ^ 3];
            sums[x] += v - u;
            squares[x] += (v * v) - (u * u);
        }
    }

    /// <summary>Sets the bits of the pixels of <paramref name="row"/>, in its columns, that fall below their Sauvola threshold.</summary>
    private static void Threshold(Row row, int width, int halfWindow, int[] sums, int[] squares, float meanNorm, double squareNorm, float factor, bool table, int neverBlack)
    {
        // The window's sum of squares outgrows an int from a half-window of about 100 pixels (1200 dpi).
        var sum = 0;
        var square = 0L;
        for (var c = row.From - halfWindow; c <= row.From + halfWindow; c++)
        {
            var m = Mirror(c, width);
            sum += sums[m];
            square += squares[m];
        }

        byte* line = row.Line;
        uint* into = row.Into;
        for (int x = row.From, to = row.To; ; x++)
        {
            // A level at or above the highest threshold any window can give stays white: its threshold is not computed.
            int v = line[x ^ 3];
            if (v < neverBlack && v < Threshold(sum, square, meanNorm, squareNorm, factor, table))
            {
                // Leptonica keeps 1-bit pixels most significant bit first within each 32-bit word.
                into[x >> 5] |= 0x80000000u >> (x & 31);
            }

            if (x == to) break;
            int entering = x + halfWindow + 1, leaving = x - halfWindow;
            if (entering >= width) entering = Mirror(entering, width);
            if (leaving < 0) leaving = Mirror(leaving, width);
            sum += sums[entering] - sums[leaving];
            square += squares[entering] - squares[leaving];
        }
    }

    /// <summary>The first and last column of the row at <paramref name="line"/> (<paramref name="width"/> pixels) darker than
    /// <paramref name="light"/>; (-1, -1) when none is. The bytes are searched 32 at a time (a pixel's byte is in the same
    /// 32-bit word as in pixel order, so the first and last words holding a dark byte hold the first and last dark pixel).</summary>
    internal static (int First, int Last) DarkSpan(byte* line, int width, int light)
    {
        if (light <= 0) return (-1, -1);
        var dark = (byte)(Math.Min(light, 256) - 1);
        var whole = width & ~3;
        var bytes = new ReadOnlySpan<byte>(line, whole);
        int first = -1, last = -1;
        var at = bytes.IndexOfAnyInRange((byte)0, dark);
        if (at >= 0)
        {
            first = FirstDarkIn(line, at & ~3, at | 3, light);
            last = LastDarkIn(line, bytes.LastIndexOfAnyInRange((byte)0, dark) & ~3, whole - 1, light);
        }

        // The pixels of the last, partial word (its other bytes are padding).
        for (var x = whole; x < width; x++)
        {
            if (line[x ^ 3] >= light) continue;
            if (first < 0) first = x;
            last = x;
        }

        return (first, last);
    }

    private static int FirstDarkIn(byte* line, int from, int to, int light)
    {
        for (var x = from; x <= to; x++)
        {
            if (line[x ^ 3] < light) return x;
        }

        return -1;
    }

    private static int LastDarkIn(byte* line, int from, int to, int light)
    {
        for (var x = Math.Min(to, from + 3); x >= from; x--)
        {
            if (line[x ^ 3] < light) return x;
        }

        return -1;
    }

    /// <summary>
    /// The lowest grey level that no window can turn black with factor <paramref name="factor"/>: above every threshold of
    /// <see cref="Threshold(int, long, float, double, float, bool)"/>. A window of truncated mean m has a true mean below
    /// m + 1 (the single-precision reciprocal errs by far less), and levels of at most 255 give a sum of squares of at most
    /// 255 × sum: its rounded mean square is at most 255 (m + 1) + ½, so its variance at most that less m²; the threshold
    /// grows with the variance.
    /// </summary>
    internal static int NeverBlackFrom(float factor)
    {
        // Above 1 a threshold can fall below 0 and wrap to a high byte, as Leptonica's does.
        if (factor > 1) return 255;
        var highest = -1;
        for (var m = 0; m <= 255; m++)
        {
            var variance = Math.Max(0, Math.Floor((255 * (m + 1.01)) + 0.5 - (m * m)));
            highest = Math.Max(highest, (int)(m * (1.0 - (factor * (1.0 - (Math.Sqrt(variance) / 128.0))))));
        }

        return Math.Clamp(highest + 1, 0, 255);
    }

    /// <summary>Leptonica's threshold for a window of grey-level sum <paramref name="sum"/> and sum of squares <paramref name="square"/>.</summary>
    internal static int Threshold(int sum, long square, float meanNorm, double squareNorm, float factor, bool table)
    {
        var mean = (int)(meanNorm * sum);
        var variance = (int)(uint)((squareNorm * square) + 0.5) - (mean * mean);
        if (variance < 0 && !table) return 0; // sqrtf(-1): a NaN threshold, stored as byte 0
        var sd = variance < 0 ? 0f : MathF.Sqrt(variance);
        return (byte)(int)(mean * (1.0 - (factor * (1.0 - (sd / 128.0)))));
    }
}
