using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class ImagePipelineTests
{
    // The pipeline shares a grey layer instead of copying it: every step must still leave it as it was.
    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-008")]
    public void Run_GreyLayersOfAMemoScan_LeavesThemUnchangedAndCleansAsFromACopy(string memo)
    {
        var (layers, dpi) = SparseBinarizerTests.SplitScan(memo);
        using var split = layers;
        using var printBefore = Pix.Check(LeptonicaNative.pixCopy(IntPtr.Zero, layers.Print), "pixCopy");
        using var inkBefore = Pix.Check(LeptonicaNative.pixCopy(IntPtr.Zero, layers.Ink), "pixCopy");

        var print = ImagePipeline.Run(layers.Print, dpi, ImagePipelineOptions.Default);
        using (print.Pix)
        using (var ink = ImagePipeline.Run(layers.Ink, dpi, ImagePipelineOptions.Default with { RemoveLeaderLines = false }, print.SkewDegrees, sparse: true).Pix)
        {
            SparseBinarizerTests.Same(layers.Print, printBefore).Should().BeTrue();
            SparseBinarizerTests.Same(layers.Ink, inkBefore).Should().BeTrue();
            using var printFromCopy = ImagePipeline.Run(printBefore, dpi, ImagePipelineOptions.Default).Pix;
            SparseBinarizerTests.Same(print.Pix, printFromCopy).Should().BeTrue();
            print.Pix.Should().NotBeSameAs(layers.Print);
        }
    }

    // With no step to run, the result is still the caller's own image, not the source.
    [Fact]
    public void Run_GreyPageAndNoSteps_ReturnsACopyWithTheResolution()
    {
        using var source = GreyPages.Plain(64, 32, 200);
        GreyPages.Fill(source, 8, 8, 16, 8, 20);

        using var result = ImagePipeline.Run(source, 150, ImagePipelineOptions.None).Pix;

        result.DangerousGetHandle().Should().NotBe(source.DangerousGetHandle());
        SparseBinarizerTests.Same(result, source).Should().BeTrue();
        GreyPages.Fill(result, 0, 0, 64, 32, 0);
        GreyPages.Fill(source, 0, 0, 1, 1, 200);
        SparseBinarizerTests.Same(result, source).Should().BeFalse("changing the result leaves the source as it was");
        LeptonicaNative.pixGetXRes(result).Should().Be(150);
        LeptonicaNative.pixGetXRes(source).Should().Be(0);
    }
}
