using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Erases the long horizontal strokes of a binarised coloured-ink layer: a receipt stamp's frame.</summary>
/// <remarks>
/// Once its faint strokes are kept, a stamp's frame comes out with its text, and the bottom edge, a few pixels under the last
/// line, joins that line into one box that reads as junk (memo-008: <c>๑๐:๓๗:๒๖</c> as <c>จ๖ ๓๗:๒๖</c>). No letter or figure
/// holds a run of <see cref="MinRunLength"/> set pixels in one row, so only the frame's (and underlines') pixels go; a letter
/// the frame touches keeps its own.
/// </remarks>
internal static unsafe class InkRules
{
    /// <summary>Shortest run of one row erased, at 300 dpi (5 mm, as <see cref="LeaderLineRemover.MinRunLength"/>).</summary>
    internal const int MinRunLength = LeaderLineRemover.MinRunLength;

    /// <summary>Rows, at 300 dpi, either side of a row that count as one with it.</summary>
    internal const int RowTolerance = 2;

    /// <summary>The pixels of the 1-bit <paramref name="ink"/> in runs of <see cref="MinRunLength"/> or more in a row (rows within
    /// <see cref="RowTolerance"/> taken together); null when there are none.</summary>
    public static PixHandle? Find(PixHandle ink, int dpi)
    {
        double k = (dpi > 0 ? dpi : 300) / 300.0;
        var length = Math.Max(1, (int)Math.Round(MinRunLength * k));
        var tolerance = Math.Max(1, (int)Math.Round(RowTolerance * k));

        // A frame a fraction of a degree off the page's rows, or printed unevenly, steps from row to row: its runs are
        // found with each row joined to its neighbours, and the row's own pixels in them erased.
        using var rows = Pix.Check(pixDilateBrick(IntPtr.Zero, ink, 1, (2 * tolerance) + 1), "pixDilateBrick");
        using var runs = DotRuns.InRuns(rows, 0, length);
        var found = Pix.Check(pixAnd(IntPtr.Zero, runs, ink), "pixAnd");
        int count;
        if (pixCountPixels(found, &count, IntPtr.Zero) == 0 && count > 0) return found;
        found.Dispose();
        return null;
    }
}
