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
