using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Finds the long horizontal strokes of a coloured-ink mask: a receipt stamp's frame, which <see cref="ColouredInk"/>
/// leaves out of the ink layer.</summary>
/// <remarks>
/// Once its faint strokes are kept, a stamp's frame comes out with its text, and the bottom edge, a few pixels under the last
/// line, joins that line into one box that reads as junk (memo-008: <c>๑๐:๓๗:๒๖</c> as <c>จ๖ ๓๗:๒๖</c>). No letter or figure
/// holds a run of <see cref="MinRunLength"/> set pixels in one row, so only the frame's (and underlines') pixels go; a letter
/// the frame touches keeps its own. The runs must also be thin (a few rows, as <see cref="LeaderLineRemover.MaxRuleHeight"/>):
/// a bold mark's bar or a pen blot is long and high.
/// </remarks>
internal static unsafe class InkRules
{
    /// <summary>Shortest run of one row erased, at 300 dpi (15 mm: a stamp is 40–60 mm wide, and its faint frame breaks into
    /// pieces; at 5 mm the straight strokes of memo-005's signature went, and the sparse read then lost the serial ๖๔).</summary>
    internal const int MinRunLength = 180;

    /// <summary>Rows, at 300 dpi, either side of a row that count as one with it.</summary>
    internal const int RowTolerance = 2;

    /// <summary>The pixels of the 1-bit <paramref name="ink"/> in thin runs of <see cref="MinRunLength"/> or more in a row (rows
    /// within <see cref="RowTolerance"/> taken together); null when there are none.</summary>
    public static PixHandle? Find(PixHandle ink, int dpi)
    {
        double k = (dpi > 0 ? dpi : 300) / 300.0;
        var length = Math.Max(1, (int)Math.Round(MinRunLength * k));
        var tolerance = Math.Max(1, (int)Math.Round(RowTolerance * k));

        // A frame a fraction of a degree off the page's rows, or printed unevenly, steps from row to row: its runs are
        // found with each row joined to its neighbours, and the row's own pixels in them erased.
        using var rows = Pix.Check(pixDilateBrick(IntPtr.Zero, ink, 1, (2 * tolerance) + 1), "pixDilateBrick");
        using var runs = DotRuns.InRuns(rows, 0, length);
        int count;
        if (pixCountPixels(runs, &count, IntPtr.Zero) != 0 || count == 0) return null;

        // Only thin runs are rules: a bold mark's bar or a blot is as long, and is many rows high.
        var thick = (int)Math.Round(LeaderLineRemover.MaxRuleHeight * k) + (2 * tolerance) + 1;
        using var blots = Pix.Check(pixOpenBrick(IntPtr.Zero, runs, 1, thick), "pixOpenBrick");
        using var thin = Pix.Check(pixSubtract(IntPtr.Zero, runs, blots), "pixSubtract");
        var found = Pix.Check(pixAnd(IntPtr.Zero, thin, ink), "pixAnd");
        if (pixCountPixels(found, &count, IntPtr.Zero) == 0 && count > 0) return found;
        found.Dispose();
        return null;
    }
}
