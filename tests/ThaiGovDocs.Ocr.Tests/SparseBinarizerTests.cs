using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;
using ThaiGovDocs.Ocr.Pdf;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class SparseBinarizerTests
{
    private static readonly ImagePipelineOptions InkSteps = ImagePipelineOptions.Default with { RemoveLeaderLines = false };

    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-001")]
    [InlineData("memo-008")]
    public void Run_InkLayerOfAMemoScan_SameAsBinarisingTheWholePage(string memo)
    {
        using var page = DecodeScan(memo);
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);
        layers.Should().NotBeNull("the memo scans carry coloured ink");
        var skew = ImagePipeline.MeasureSkew(layers!.Print);

        using (var gray = ImagePipeline.Run(layers.Ink, page.Dpi, InkSteps with { Binarize = false }, skew).Pix)
        {
            var regions = SparseBinarizer.Regions(gray, (2 * 16) + 2);
            regions.Sum(r => (long)r.Width * r.Height).Should().BeLessThan((long)(SparseBinarizer.MaxRegionShare * gray.Width * gray.Height), "the ink is binarised region by region");
        }

        var whole = ImagePipeline.Run(layers.Ink, page.Dpi, InkSteps, skew);
        var sparse = ImagePipeline.Run(layers.Ink, page.Dpi, InkSteps, skew, sparse: true);

        using (whole.Pix)
        using (sparse.Pix)
        {
            Same(whole.Pix, sparse.Pix).Should().BeTrue();
        }
    }

    [Fact]
    public void Binarize_SpotsAtTheEdgesAndCorners_SameAsBinarisingTheWholePage()
    {
        using var gray = WhitePage(600, 400);
        GreyPages.Fill(gray, 0, 0, 12, 9, 40);
        GreyPages.Fill(gray, 590, 380, 10, 20, 90);
        GreyPages.Fill(gray, 300, 0, 30, 4, 200);
        GreyPages.Fill(gray, 280, 200, 5, 60, 10);
        GreyPages.Fill(gray, 340, 230, 40, 8, 120);

        using var whole = Sauvola(gray);
        using var sparse = SparseBinarizer.Binarize(gray, 16, Sauvola);

        Same(whole, sparse).Should().BeTrue();
    }

    [Theory]
    [InlineData("memo-000", true)]
    [InlineData("memo-001", true)]
    [InlineData("memo-008", false)] // darker paper: binarised whole
    public void BinarizePrint_PrintLayerOfAMemoScan_SameAsBinarisingTheWholePage(string memo, bool byRegions)
    {
        using var page = DecodeScan(memo);
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);
        var steps = ImagePipelineOptions.Default with { Binarize = false, RemoveLeaderLines = false };
        using var gray = ImagePipeline.Run(layers!.Print, page.Dpi, steps).Pix;
        var regions = SparseBinarizer.Regions(gray, (2 * 16) + 2, SparseBinarizer.LightFrom(0.35f), cut: true);
        (regions.Sum(r => (long)r.Width * r.Height) < SparseBinarizer.MaxPrintRegionShare * gray.Width * gray.Height).Should().Be(byRegions);

        using var whole = Sauvola(gray);
        using var sparse = SparseBinarizer.BinarizePrint(gray, 16, 0.35f, Sauvola);

        Same(whole, sparse).Should().BeTrue();
    }

    [Fact]
    public void BinarizePrint_NoisyLightPaperWithSpots_SameAsBinarisingTheWholePage()
    {
        using var gray = WhitePage(600, 400);
        var light = SparseBinarizer.LightFrom(0.35f);
        var random = new Random(7);
        for (var y = 0; y < 400; y++)
        {
            for (var x = 0; x < 600; x++) GreyPages.Fill(gray, x, y, 1, 1, (byte)random.Next(light, 256));
        }

        GreyPages.Fill(gray, 0, 0, 12, 9, 40);
        GreyPages.Fill(gray, 590, 380, 10, 20, 90);
        GreyPages.Fill(gray, 300, 0, 30, 4, (byte)(light - 1));
        GreyPages.Fill(gray, 280, 200, 5, 60, 10);
        GreyPages.Fill(gray, 100, 300, 40, 8, 120);

        using var whole = Sauvola(gray);
        using var sparse = SparseBinarizer.BinarizePrint(gray, 16, 0.35f, Sauvola);

        Same(whole, sparse).Should().BeTrue();
    }

    [Fact]
    public void Regions_CutTwoColumnsOfTwoBlocks_FourBoxes()
    {
        using var gray = WhitePage(600, 400);
        GreyPages.Fill(gray, 100, 100, 10, 10, 0);
        GreyPages.Fill(gray, 400, 300, 10, 10, 0);
        GreyPages.Fill(gray, 100, 300, 10, 10, 0);
        GreyPages.Fill(gray, 400, 140, 10, 10, 0);

        SparseBinarizer.Regions(gray, 20, 255, cut: true).Should().BeEquivalentTo(
        [
            new SparseBinarizer.Region(80, 80, 50, 50), new SparseBinarizer.Region(380, 120, 50, 50),
            new SparseBinarizer.Region(80, 280, 50, 50), new SparseBinarizer.Region(380, 280, 50, 50),
        ]);
    }

    [Fact]
    public void Regions_SpotsFarApart_OneGrownBoxEach()
    {
        using var gray = WhitePage(600, 400);
        GreyPages.Fill(gray, 100, 100, 10, 10, 0);
        GreyPages.Fill(gray, 400, 100, 10, 10, 0);
        GreyPages.Fill(gray, 100, 300, 10, 10, 0);

        SparseBinarizer.Regions(gray, 20).Should().Equal(
            new SparseBinarizer.Region(80, 80, 50, 50), new SparseBinarizer.Region(380, 80, 50, 50), new SparseBinarizer.Region(80, 280, 50, 50));
    }

    [Fact]
    public void Regions_WhitePage_None()
    {
        using var gray = WhitePage(100, 100);

        SparseBinarizer.Regions(gray, 20).Should().BeEmpty();
    }

    private static PixHandle Sauvola(PixHandle gray)
    {
        IntPtr binary = IntPtr.Zero;
        LeptonicaNative.pixSauvolaBinarizeTiled(gray, 16, 0.35f, 1, 1, null, &binary).Should().Be(0);
        var handle = new PixHandle();
        System.Runtime.InteropServices.Marshal.InitHandle(handle, binary);
        return handle;
    }

    internal static DecodedImage DecodeScan(string memo)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        var doc = PdfDocument.Open(File.ReadAllBytes(RepoPaths.Memo(memo)), 1L << 30);
        var image = PdfImageExtractor.Extract(doc, doc.Pages(10), 100_000_000)[0]!;
        return ImageDecoder.Decode(memo, image.Bytes, 100_000_000, null) with { Dpi = image.Dpi };
    }

    /// <summary>The print and ink layers of a memo's scan, and the scan's resolution.</summary>
    internal static (ColouredInk.Layers Layers, int Dpi) SplitScan(string memo)
    {
        using var page = DecodeScan(memo);
        var layers = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);
        layers.Should().NotBeNull("the memo scans carry coloured ink");
        return (layers!, page.Dpi);
    }

    internal static bool Same(PixHandle a, PixHandle b)
    {
        int same;
        LeptonicaNative.pixEqual(a, b, &same).Should().Be(0);
        return same == 1;
    }

    private static PixHandle WhitePage(int width, int height) => GreyPages.Plain(width, height, 255);
}
