using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class ColouredInkTests : IClassFixture<ReaderFixture>
{
    private const uint White = 0xFFFFFF00, Black = 0x10101000, BluePen = 0x1E3CC800, RedStamp = 0xDC282800;

    private readonly ScanReader reader;

    public ColouredInkTests(ReaderFixture fixture) => reader = fixture.Reader;

    [Fact]
    public void Split_ColourPage_PutsPrintAndInkInTheirOwnLayers()
    {
        using var page = ColourPage();

        using var layers = ColouredInk.Split(page, 300, ImagePipelineOptions.Default);

        layers.Should().NotBeNull();
        MeanIn(layers!.Print, 20, 20, 100, 80).Should().BeLessThan(40, "black print stays in the print layer");
        MeanIn(layers.Print, 200, 20, 280, 80).Should().Be(255, "blue pen is whitened in the print layer");
        MeanIn(layers.Print, 300, 20, 380, 80).Should().Be(255, "red stamp ink is whitened in the print layer");
        MeanIn(layers.Ink, 20, 20, 100, 80).Should().Be(255, "print is not ink");
        MeanIn(layers.Ink, 200, 20, 280, 80).Should().BeLessThan(60, "blue pen is dark in the ink layer");
        MeanIn(layers.Ink, 300, 20, 380, 80).Should().BeLessThan(60, "red stamp ink is dark in the ink layer");
    }

    // The pipeline hands over its grey of the page, which the split whitens into the print layer instead of copying it.
    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-005")]
    public void Split_WithThePagesGrey_SameLayersAsWithout(string memo)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);
        using var grey = GreyConversion.ToGrey(page.Pix);

        using var withGrey = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default, grey);
        using var without = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);

        withGrey.Should().NotBeNull();
        SparseBinarizerTests.Same(withGrey!.Print, without!.Print).Should().BeTrue();
        SparseBinarizerTests.Same(withGrey.Ink, without.Ink).Should().BeTrue();
        SparseBinarizerTests.Same(grey, withGrey.Print).Should().BeTrue("the grey became the print layer");
    }

    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-001")]
    [InlineData("memo-008")]
    public void DarkestAndInk_MemoScan_SameAsLeptonicasChannelAndThresholdSteps(string memo)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);
        var minChroma = ImagePipelineOptions.Default.ColouredInkMinChroma;

        var (darkest, ink) = ColouredInk.DarkestAndInk(page.Pix, minChroma);
        using (darkest)
        using (ink)
        {
            using var leptonicaDarkest = Pix.Check(LeptonicaNative.pixConvertRGBToGrayMinMax(page.Pix, LeptonicaNative.ChooseMin), "pixConvertRGBToGrayMinMax");
            using var leptonicaInk = ColouredInk.InkMask(page.Pix, leptonicaDarkest, minChroma);
            SparseBinarizerTests.Same(darkest, leptonicaDarkest).Should().BeTrue();
            SparseBinarizerTests.Same(ink, leptonicaInk).Should().BeTrue();
        }
    }

    // The faint mask comes from the same pass (eight pixels at a time with AVX2): Leptonica's steps at the faint threshold.
    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-003")]
    public void DarkestAndInk_MemoScanWithFaintMask_BothMasksSameAsLeptonicasSteps(string memo)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);
        var options = ImagePipelineOptions.Default;

        var (darkest, ink, faint) = ColouredInk.DarkestAndInk(page.Pix, options.ColouredInkMinChroma, options.ColouredInkGrowChroma);
        using (darkest)
        using (ink)
        using (faint)
        {
            faint.Should().NotBeNull();
            using var leptonicaInk = ColouredInk.InkMask(page.Pix, darkest, options.ColouredInkMinChroma);
            using var leptonicaFaint = ColouredInk.InkMask(page.Pix, darkest, options.ColouredInkGrowChroma);
            SparseBinarizerTests.Same(ink, leptonicaInk).Should().BeTrue();
            SparseBinarizerTests.Same(faint!, leptonicaFaint).Should().BeTrue();
        }
    }

    // Every colour near the thresholds (chroma one either side, darkest channel 199 and 200), on rows whose width leaves a tail.
    [Theory]
    [InlineData(37, 1)]
    [InlineData(64, 2)]
    [InlineData(9, 3)]
    public void DarkestAndInk_RandomColoursAroundTheThresholds_SameAsLeptonicasSteps(int width, int seed)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        const int minChroma = 60, faintChroma = 30;
        using var page = Page(width, 40, White);
        var random = new Random(seed);
        var data = LeptonicaNative.pixGetData(page);
        var wpl = LeptonicaNative.pixGetWpl(page);
        for (var y = 0; y < 40; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var min = random.Next(3) == 0 ? random.Next(198, 202) : random.Next(256);
                var chroma = random.Next(3) == 0 ? (random.Next(2) == 0 ? minChroma : faintChroma) + random.Next(-1, 2) : random.Next(256);
                var max = Math.Min(255, min + chroma);
                int[] channels = [min, max, random.Next(min, max + 1)];
                random.Shuffle(channels);
                data[(y * wpl) + x] = ((uint)channels[0] << 24) | ((uint)channels[1] << 16) | ((uint)channels[2] << 8);
            }
        }

        var (darkest, ink, faint) = ColouredInk.DarkestAndInk(page, minChroma, faintChroma);
        using (darkest)
        using (ink)
        using (faint)
        {
            using var leptonicaDarkest = Pix.Check(LeptonicaNative.pixConvertRGBToGrayMinMax(page, LeptonicaNative.ChooseMin), "pixConvertRGBToGrayMinMax");
            using var leptonicaInk = ColouredInk.InkMask(page, leptonicaDarkest, minChroma);
            using var leptonicaFaint = ColouredInk.InkMask(page, leptonicaDarkest, faintChroma);
            SparseBinarizerTests.Same(darkest, leptonicaDarkest).Should().BeTrue();
            SparseBinarizerTests.Same(ink, leptonicaInk).Should().BeTrue();
            SparseBinarizerTests.Same(faint!, leptonicaFaint).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("letter-external-clean.png")]
    [InlineData("letter-memo-degraded.jpg")]
    public void Split_GreyPage_ReturnsNull(string file)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode(file, File.ReadAllBytes(Path.Combine(RepoPaths.Pages, file)), 100_000_000, null);

        ColouredInk.Split(decoded.Pix, 300, ImagePipelineOptions.Default).Should().BeNull();
    }

    [Fact]
    public void Split_PaperTintWithoutInk_ReturnsNull()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var page = Page(400, 100, 0xF0E6C800); // yellowed paper: coloured, but far too light to be ink

        ColouredInk.Split(page, 300, ImagePipelineOptions.Default).Should().BeNull();
    }

    // A stamp's thin strokes in a JPEG: the colour is stored at half resolution, so a stroke a pixel or two wide keeps little
    // of the ink's chroma (memo-008's labels: 20–45 against the threshold's 48).
    private const uint FaintBlue = 0x646E8700; // rgb(100, 110, 135): chroma 35

    [Fact]
    public void Split_FaintStrokeTouchingStrongInk_IsInTheInkLayerAndStaysInThePrint()
    {
        using var page = Page(400, 200, White);
        Fill(page, 200, 20, 60, 60, BluePen);
        Fill(page, 260, 30, 6, 40, FaintBlue); // a faint stroke of the same letter
        Fill(page, 270, 75, 3, 3, FaintBlue); // a faint full stop 10 px from the strong ink
        Fill(page, 20, 150, 60, 4, FaintBlue); // faint colour far from any strong ink: JPEG fringe or noise

        using var layers = ColouredInk.Split(page, 300, ImagePipelineOptions.Default);

        MeanIn(layers!.Ink, 263, 30, 266, 70).Should().BeLessThan(130, "the faint stroke grows from the strong ink");
        MeanIn(layers.Ink, 270, 75, 273, 78).Should().BeLessThan(130, "a faint dot within the reach joins it");
        MeanIn(layers.Ink, 20, 150, 80, 154).Should().Be(255, "faint colour alone is not ink");
        MeanIn(layers.Print, 263, 30, 266, 70).Should().BeLessThan(130, "the print layer is whitened by the strong ink only, as before");
    }

    [Fact]
    public void Split_FaintLeaderDotsAfterAStampValue_AreLeftOutOfTheInkLayer()
    {
        using var page = Page(400, 200, White);
        Fill(page, 200, 20, 60, 60, BluePen);
        for (var x = 262; x < 360; x += 10) Fill(page, x, 76, 3, 3, FaintBlue);

        using var layers = ColouredInk.Split(page, 300, ImagePipelineOptions.Default);

        MeanIn(layers!.Ink, 262, 76, 360, 79).Should().Be(255, "a row of dots is a leader line, even where it is within the reach of a figure");
    }

    [Fact]
    public void Split_StampFrame_IsLeftOutOfTheInkLayerAndWhitenedInThePrint()
    {
        using var page = Page(400, 200, White);
        Fill(page, 20, 40, 360, 2, BluePen);
        Fill(page, 20, 160, 360, 2, BluePen);
        Fill(page, 20, 40, 2, 122, BluePen);
        Fill(page, 378, 40, 2, 122, BluePen);
        Fill(page, 150, 80, 40, 40, BluePen); // the stamp's text

        using var layers = ColouredInk.Split(page, 300, ImagePipelineOptions.Default);

        MeanIn(layers!.Ink, 40, 40, 360, 42).Should().Be(255, "the frame would join the line above it");
        MeanIn(layers.Ink, 150, 80, 190, 120).Should().BeLessThan(60, "the text stays");
        MeanIn(layers.Print, 40, 40, 360, 42).Should().Be(255, "the frame is ink all the same");
    }

    [Fact]
    public void Read_MemoWithRedMarkAndBlueStamp_ReadsThemFromTheInkLayer()
    {
        var result = reader.Read(RepoPaths.Memo("memo-008"));

        result.Pages[0].ColouredInkSeparated.Should().BeTrue();
        result.Text.Should().Contain("ด่วนมาก").And.Contain("๓๒๔", "the receipt number of the blue stamp");
        result.Text.IndexOf("ด่วนมาก", StringComparison.Ordinal).Should().BeLessThan(result.Text.IndexOf("ส่วนราชการ", StringComparison.Ordinal), "marks and stamps go before the print");
    }

    [Fact]
    public void Read_MemoSignedInBlue_KeepsTheRankLineFreeOfTheSignature()
    {
        var lines = reader.Read(RepoPaths.Memo("memo-001")).Text.Split('\n').Select(l => l.Trim());

        lines.Should().Contain("พ.อ.");
    }

    [Fact]
    public void Read_MemoWithSerialStampedInBlue_ReadsTheSerialInTheNumberLine()
    {
        var numberLine = reader.Read(RepoPaths.Memo("memo-000")).Text.Split('\n').Single(l => l.Contains("๑๐.๑/", StringComparison.Ordinal));

        numberLine.Should().MatchRegex(@"/\s*๒๖๐", "the blue serial follows the slash of the printed number");
    }

    private static PixHandle ColourPage()
    {
        var page = Page(400, 100, White);
        Fill(page, 20, 20, 80, 60, Black);
        Fill(page, 200, 20, 80, 60, BluePen);
        Fill(page, 300, 20, 80, 60, RedStamp);
        return page;
    }

    private static PixHandle Page(int width, int height, uint rgb)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        var pix = Pix.Check(LeptonicaNative.pixCreate(width, height, 32), "pixCreate");
        Fill(pix, 0, 0, width, height, rgb);
        return pix;
    }

    /// <summary>Paints a rectangle of a 32-bit image (Leptonica words are 0xRRGGBBAA).</summary>
    private static void Fill(PixHandle pix, int x0, int y0, int w, int h, uint rgb)
    {
        var data = LeptonicaNative.pixGetData(pix);
        var wpl = LeptonicaNative.pixGetWpl(pix);
        for (var y = y0; y < y0 + h; y++)
        {
            for (var x = x0; x < x0 + w; x++) data[(y * wpl) + x] = rgb;
        }
    }

    /// <summary>Mean grey value of an 8-bit image in [x0, x1) × [y0, y1) (bytes sit in 32-bit words, most significant first).</summary>
    private static int MeanIn(PixHandle pix, int x0, int y0, int x1, int y1)
    {
        var data = (byte*)LeptonicaNative.pixGetData(pix);
        var bytesPerLine = LeptonicaNative.pixGetWpl(pix) * 4;
        long sum = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++) sum += data[(y * bytesPerLine) + (x ^ 3)];
        }

        return (int)(sum / ((x1 - x0) * (y1 - y0)));
    }
}
