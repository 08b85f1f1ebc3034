using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class SauvolaBinarizerTests
{
    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-001")]
    [InlineData("memo-008")] // darker paper
    public void Binarize_PrintLayerOfAMemoScan_SameAsLeptonica(string memo)
    {
        var (layers, dpi) = SparseBinarizerTests.SplitScan(memo);
        using var split = layers;
        var steps = ImagePipelineOptions.Default with { Binarize = false, RemoveLeaderLines = false };
        using var gray = ImagePipeline.Run(layers.Print, dpi, steps).Pix;

        using var leptonica = Leptonica(gray, 16, 0.35f, tiles: 1);
        using var tiled = Leptonica(gray, 16, 0.35f, tiles: Math.Max(gray.Width, gray.Height) / 1000);
        using var ours = SauvolaBinarizer.Binarize(gray, 16, 0.35f);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
        SparseBinarizerTests.Same(tiled, ours).Should().BeTrue();
    }

    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-008")]
    public void Binarize_InkLayerOfAMemoScan_SameAsLeptonica(string memo)
    {
        var (layers, dpi) = SparseBinarizerTests.SplitScan(memo);
        using var split = layers;
        var steps = ImagePipelineOptions.Default with { Binarize = false, RemoveLeaderLines = false };
        using var gray = ImagePipeline.Run(layers.Ink, dpi, steps, ImagePipeline.MeasureSkew(layers.Print), sparse: true).Pix;

        using var leptonica = Leptonica(gray, 16, 0.35f, tiles: 1);
        using var ours = SauvolaBinarizer.Binarize(gray, 16, 0.35f);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
    }

    [Theory]
    [InlineData(300, 200, 16, 0.35f, 0, 256)]
    [InlineData(300, 200, 16, 0.35f, 150, 256)]
    [InlineData(97, 61, 25, 0.35f, 0, 256)] // the smallest page the window fits, both ways nearly
    [InlineData(640, 480, 25, 0.5f, 0, 256)]
    [InlineData(200, 150, 8, 0.05f, 0, 256)] // a factor at which every level can turn black
    [InlineData(400, 300, 40, 0.35f, 0, 256)]
    public void Binarize_NoisePage_SameAsLeptonica(int width, int height, int halfWindow, float factor, int low, int high)
    {
        using var gray = NoisePage(width, height, low, high, seed: width + height);

        using var leptonica = Leptonica(gray, halfWindow, factor, tiles: 1);
        using var ours = SauvolaBinarizer.Binarize(gray, halfWindow, factor);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
    }

    [Fact]
    public void Binarize_SpotsOnWhite_SameAsLeptonica()
    {
        using var gray = NoisePage(600, 400, 255, 256, seed: 1);
        GreyPages.Fill(gray, 0, 0, 12, 9, 40);
        GreyPages.Fill(gray, 590, 380, 10, 20, 90);
        GreyPages.Fill(gray, 300, 0, 30, 4, 200);
        GreyPages.Fill(gray, 280, 200, 5, 60, 10);
        GreyPages.Fill(gray, 340, 230, 40, 8, 120);
        GreyPages.Fill(gray, 100, 100, 1, 1, 0);

        using var leptonica = Leptonica(gray, 16, 0.35f, tiles: 1);
        using var ours = SauvolaBinarizer.Binarize(gray, 16, 0.35f);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
    }

    [Fact]
    public void Binarize_WhitePage_AllWhite()
    {
        using var gray = NoisePage(100, 80, 255, 256, seed: 2);

        using var ours = SauvolaBinarizer.Binarize(gray, 16, 0.35f);

        int count;
        LeptonicaNative.pixCountPixels(ours, &count, IntPtr.Zero).Should().Be(0);
        count.Should().Be(0);
    }

    [Theory]
    [InlineData(8, 0.35f)]
    [InlineData(16, 0.35f)]
    [InlineData(25, 0.35f)]
    [InlineData(16, 0.05f)]
    [InlineData(25, 0.5f)]
    [InlineData(16, 1f)]
    [InlineData(16, 0f)]
    public void NeverBlackFrom_EveryWindowSum_ThresholdBelowIt(int halfWindow, float factor)
    {
        // For a given sum the threshold grows with the sum of squares, at most 255 × sum for levels of at most 255.
        var area = ((2 * halfWindow) + 1) * ((2 * halfWindow) + 1);
        var meanNorm = (float)(1.0 / area);
        var squareNorm = 1.0 / area;
        var neverBlack = SauvolaBinarizer.NeverBlackFrom(factor);
        var highest = 0;
        for (var sum = 0; sum <= 255 * area; sum++)
        {
            highest = Math.Max(highest, SauvolaBinarizer.Threshold(sum, 255L * sum, meanNorm, squareNorm, factor, table: true));
            highest = Math.Max(highest, SauvolaBinarizer.Threshold(sum, 255L * sum, meanNorm, squareNorm, factor, table: false));
        }

        highest.Should().BeLessThanOrEqualTo(neverBlack, "a pixel is black only below its threshold");
        neverBlack.Should().BeLessThanOrEqualTo(highest + 3, "the bound is close enough to skip the paper's levels");
    }

    [Theory]
    [InlineData(1653)] // memo-000's JPEG
    [InlineData(101)] // a partial last word
    [InlineData(7)] // no whole 32-byte block
    [InlineData(1)]
    public void DarkSpan_RandomRows_FirstAndLastDarkPixel(int width)
    {
        var random = new Random(width);
        var words = (width + 3) / 4;
        var bytes = new byte[words * 4];
        for (var trial = 0; trial < 200; trial++)
        {
            random.NextBytes(bytes);
            var darkShare = random.NextDouble() * 0.02;
            for (var x = 0; x < width; x++) bytes[x ^ 3] = random.NextDouble() < darkShare ? (byte)random.Next(0, 197) : (byte)random.Next(197, 256);

            int first = -1, last = -1;
            for (var x = 0; x < width; x++)
            {
                if (bytes[x ^ 3] >= 197) continue;
                if (first < 0) first = x;
                last = x;
            }

            fixed (byte* line = bytes)
            {
                SauvolaBinarizer.DarkSpan(line, width, 197).Should().Be((first, last));
            }
        }
    }

    [Theory]
    [InlineData(32, 200, 16)]
    [InlineData(200, 34, 16)]
    [InlineData(200, 200, 1)]
    public void Fits_PageSmallerThanTheWindow_False(int width, int height, int halfWindow) =>
        SauvolaBinarizer.Fits(width, height, halfWindow).Should().BeFalse();

    private static PixHandle Leptonica(PixHandle gray, int halfWindow, float factor, int tiles)
    {
        IntPtr binary = IntPtr.Zero;
        LeptonicaNative.pixSauvolaBinarizeTiled(gray, halfWindow, factor, Math.Max(1, tiles), Math.Max(1, tiles), null, &binary).Should().Be(0);
        var handle = new PixHandle();
        System.Runtime.InteropServices.Marshal.InitHandle(handle, binary);
        return handle;
    }

    private static PixHandle NoisePage(int width, int height, int low, int high, int seed)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        var pix = Pix.Check(LeptonicaNative.pixCreate(width, height, 8), "pixCreate");
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) GreyPages.Fill(pix, x, y, 1, 1, (byte)random.Next(low, high));
        }

        return pix;
    }
}
