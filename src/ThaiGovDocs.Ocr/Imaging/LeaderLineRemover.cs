using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Whitens dotted leader lines and underlines, which otherwise make Tesseract drop whole header lines of memos.</summary>
/// <remarks>
/// Dots in a row merge into a bar when closed horizontally; a bar long and thin enough is a line, not text,
/// because closed text is as tall as the text. Sizes are in pixels at 300 dpi and scaled with the resolution.
/// </remarks>
internal static class LeaderLineRemover
{
    /// <summary>Returns a copy of the 8-bit <paramref name="gray"/> image with leader lines painted white.</summary>
    public static PixHandle Remove(PixHandle gray, int dpi)
    {
        double k = dpi / 300.0;
        int Px(double v) => Math.Max(1, (int)Math.Round(v * k));

        using var ink = Pix.Check(LeptonicaNative.pixConvertTo1(gray, 160), "pixConvertTo1");
        // Bridge the gaps between dots (about 2 mm apart in the memo form), then keep only long horizontal runs.
        using var bridged = Pix.Check(LeptonicaNative.pixCloseBrick(IntPtr.Zero, ink, Px(24), 1), "pixCloseBrick");
        using var runs = Pix.Check(LeptonicaNative.pixOpenBrick(IntPtr.Zero, bridged, Px(150), 1), "pixOpenBrick");
        // Text closed horizontally is tall; a leader line is a few pixels thick. Remove everything thicker than a line.
        using var tall = Pix.Check(LeptonicaNative.pixOpenBrick(IntPtr.Zero, runs, 1, Px(9)), "pixOpenBrick");
        using var thin = Pix.Check(LeptonicaNative.pixSubtract(IntPtr.Zero, runs, tall), "pixSubtract");
        // Keep only the long thin parts (short stubs are edges of text blobs), then cover the dots' full extent.
        using var lines = Pix.Check(LeptonicaNative.pixOpenBrick(IntPtr.Zero, thin, Px(150), 1), "pixOpenBrick");
        using var mask = Pix.Check(LeptonicaNative.pixDilateBrick(IntPtr.Zero, lines, Px(5), Px(3)), "pixDilateBrick");
        using var inkOnLines = Pix.Check(LeptonicaNative.pixAnd(IntPtr.Zero, mask, ink), "pixAnd");
        using var white = Pix.Check(LeptonicaNative.pixConvert1To8(IntPtr.Zero, inkOnLines, 0, 255), "pixConvert1To8");
        return Pix.Check(LeptonicaNative.pixOr(IntPtr.Zero, gray, white), "pixOr");
    }
}
