using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Cuts a line that took in its neighbours' ink out of the binarised page, alone (<see cref="LineInk"/>), to be read again.</summary>
internal static unsafe class LineCut
{
    /// <summary>A line this much taller than the page's median line took in pieces of the lines around it.</summary>
    internal const double TallLineRatio = 1.3;

    /// <summary>Whether <paramref name="line"/> took in ink of the lines around it: it is much taller than the page's median
    /// line (<paramref name="medianHeight"/>) and its box overlaps the box of a line above or below it.</summary>
    public static bool TookInNeighbours(RawLine line, double medianHeight, IReadOnlyList<RawLine> lines) =>
        line.Height > medianHeight * TallLineRatio
        && lines.Any(other => !ReferenceEquals(other, line) && other.Top < line.Bottom && line.Top < other.Bottom
            && other.Left < line.Right && line.Left < other.Right && (other.Top < line.Top || other.Bottom > line.Bottom));

    /// <summary>The letter-pass crop of <paramref name="line"/> on the 1-bit <paramref name="page"/> with only the line's own ink; null when the page is not 1-bit or the line's body cannot be told.</summary>
    public static PixHandle? Cut(PixHandle page, RawLine line)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(line);
        if (page.Depth != 1) return null;
        var (left, top, width, height) = LetterPassCrop.Around(line);
        width = Math.Min(width, page.Width - left);
        height = Math.Min(height, page.Height - top);
        if (width <= 0 || height <= 0) return null;

        var ink = new byte[width * height];
        var source = pixGetData(page);
        var sourceWords = pixGetWpl(page);
        for (var y = 0; y < height; y++)
        {
            var row = source + ((top + y) * sourceWords);
            for (var x = 0; x < width; x++)
            {
                var px = left + x;
                ink[(y * width) + x] = (byte)((row[px >> 5] >> (31 - (px & 31))) & 1);
            }
        }

        if (!LineInk.KeepLine(ink, width, height, line.Top - top, line.Bottom - top)) return null;

        var cut = Pix.Check(pixCreate(width, height, 1), "pixCreate");
        var target = pixGetData(cut);
        var targetWords = pixGetWpl(cut);
        for (var y = 0; y < height; y++)
        {
            var row = target + (y * targetWords);
            for (var x = 0; x < width; x++)
            {
                if (ink[(y * width) + x] != 0) row[x >> 5] |= 1u << (31 - (x & 31));
            }
        }

        return cut;
    }
}
