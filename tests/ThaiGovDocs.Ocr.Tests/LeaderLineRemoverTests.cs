using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class LeaderLineRemoverTests
{
    // letter-memo-clean.png (300 dpi): a dotted leader line with no text on it runs at y 343..345 from x 250 to 2220;
    // rows 300..336 left of x 640 hold the letters of the line above, clear of any dots.
    [Fact]
    public void Remove_DottedLeaderLine_RemovesEveryDot()
    {
        using var ink = Binarized("letter-memo-clean.png");

        using var cleaned = LeaderLineRemover.Remove(ink, 300);

        InkIn(ink, 700, 338, 2200, 350).Should().BeGreaterThan(300);
        InkIn(cleaned, 700, 338, 2200, 350).Should().Be(0);
    }

    [Fact]
    public void Remove_TextLineNextToDots_LeavesItsStrokes()
    {
        using var ink = Binarized("letter-memo-clean.png");

        using var cleaned = LeaderLineRemover.Remove(ink, 300);

        var before = InkIn(ink, 250, 300, 640, 337);
        before.Should().BeGreaterThan(1000);
        InkIn(cleaned, 250, 300, 640, 337).Should().Be(before);
    }

    [Fact]
    public void Remove_PageWithoutLeaderLines_LeavesEveryPixel()
    {
        using var ink = Binarized("letter-external-clean.png");

        using var cleaned = LeaderLineRemover.Remove(ink, 300);

        InkIn(cleaned, 0, 0, cleaned.Width, cleaned.Height).Should().Be(InkIn(ink, 0, 0, ink.Width, ink.Height));
    }

    [Fact]
    public void Remove_GreyImage_WhitensOnlyTheDots()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode("page.png", File.ReadAllBytes(Path.Combine(RepoPaths.Pages, "letter-memo-clean.png")), 100_000_000, null);
        using var gray = Pix.Check(LeptonicaNative.pixConvertTo8(decoded.Pix, 0), "pixConvertTo8");

        using var cleaned = LeaderLineRemover.Remove(gray, 300);
        using var ink = Pix.Check(LeptonicaNative.pixConvertTo1(cleaned, 160), "pixConvertTo1");
        using var original = Pix.Check(LeptonicaNative.pixConvertTo1(gray, 160), "pixConvertTo1");

        cleaned.Depth.Should().Be(8);
        InkIn(ink, 700, 338, 2200, 350).Should().Be(0);
        InkIn(ink, 250, 300, 640, 337).Should().Be(InkIn(original, 250, 300, 640, 337));
    }

    [Fact]
    public void FindLeaderInk_IsolatedFullStops_AreKept()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var pix = LeptonicaNative.pixCreate(600, 100, 1);
        // Three full stops 60 px apart: dots, but no run.
        foreach (var x in new[] { 100, 160, 220 }) Fill(pix, x, 50, 4, 4);

        using var found = LeaderLineRemover.FindLeaderInk(pix, 300);

        InkIn(found, 0, 0, 600, 100).Should().Be(0);
    }

    [Fact]
    public void FindLeaderInk_RowOfDotsAtRegularPitch_IsFound()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var pix = LeptonicaNative.pixCreate(600, 100, 1);
        for (var x = 20; x < 560; x += 12) Fill(pix, x, 50, 3, 3);
        Fill(pix, 300, 10, 30, 30); // a letter-sized blob above the row stays

        using var found = LeaderLineRemover.FindLeaderInk(pix, 300);

        InkIn(found, 0, 45, 600, 60).Should().Be(InkIn(pix, 0, 45, 600, 60));
        InkIn(found, 0, 0, 600, 45).Should().Be(0);
    }

    [Theory]
    [InlineData("memo-000", 200)]
    [InlineData("memo-000", 300)] // the JPEG of the benchmarks states no resolution: taken as 300 dpi
    [InlineData("memo-001", 200)]
    [InlineData("memo-008", 200)]
    [InlineData("memo-008", 300)]
    public void FindLeaderInk_MemoPrintLayer_SameAsSelectingComponentsPerSize(string memo, int dpi)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);
        using var ink = ImagePipeline.Run(layers!.Print, dpi, ImagePipelineOptions.Default with { RemoveLeaderLines = false }).Pix;
        double k = dpi / 300.0;
        int Px(double v) => Math.Max(1, (int)Math.Round(v * k));
        int changed;
        using var dots = LeptonicaNative.pixSelectBySize(ink, Px(LeaderLineRemover.MaxDotWidth), Px(LeaderLineRemover.MaxDotHeight), 8, LeptonicaNative.SelectIfBoth, LeptonicaNative.SelectIfLte, &changed);
        using var bridged = LeptonicaNative.pixCloseSafeBrick(IntPtr.Zero, dots, Px(LeaderLineRemover.MaxDotGap) + 1, 1);
        using var runs = LeptonicaNative.pixOpenBrick(IntPtr.Zero, bridged, Px(LeaderLineRemover.MinRunLength), 1);
        using var seeds = LeptonicaNative.pixAnd(IntPtr.Zero, runs, dots);
        using var leaderDots = LeptonicaNative.pixSeedfillBinary(IntPtr.Zero, seeds, dots, 8);
        using var wide = LeptonicaNative.pixSelectBySize(ink, Px(LeaderLineRemover.MinRunLength), 0, 8, LeptonicaNative.SelectWidth, LeptonicaNative.SelectIfGte, &changed);
        using var rules = LeptonicaNative.pixSelectBySize(wide, 0, Px(LeaderLineRemover.MaxRuleHeight), 8, LeptonicaNative.SelectHeight, LeptonicaNative.SelectIfLte, &changed);
        using var expected = LeptonicaNative.pixOr(IntPtr.Zero, leaderDots, rules);

        using var found = LeaderLineRemover.FindLeaderInk(ink, dpi);

        SparseBinarizerTests.Same(found, expected).Should().BeTrue();
    }

    private static PixHandle Binarized(string page)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode(page, File.ReadAllBytes(Path.Combine(RepoPaths.Pages, page)), 100_000_000, null);
        return Pix.Check(LeptonicaNative.pixConvertTo1(decoded.Pix, 128), "pixConvertTo1");
    }

    /// <summary>Set pixels of a 1-bit image in [x0, x1) × [y0, y1).</summary>
    internal static int InkIn(PixHandle pix, int x0, int y0, int x1, int y1)
    {
        var data = LeptonicaNative.pixGetData(pix);
        var wpl = LeptonicaNative.pixGetWpl(pix);
        var n = 0;
        for (var y = y0; y < Math.Min(y1, pix.Height); y++)
        {
            for (var x = x0; x < Math.Min(x1, pix.Width); x++)
            {
                if ((data[(y * wpl) + (x >> 5)] >> (31 - (x & 31)) & 1) != 0) n++;
            }
        }

        return n;
    }

    private static void Fill(PixHandle pix, int x0, int y0, int w, int h)
    {
        var data = LeptonicaNative.pixGetData(pix);
        var wpl = LeptonicaNative.pixGetWpl(pix);
        for (var y = y0; y < y0 + h; y++)
        {
            for (var x = x0; x < x0 + w; x++) data[(y * wpl) + (x >> 5)] |= 1u << (31 - (x & 31));
        }
    }
}
