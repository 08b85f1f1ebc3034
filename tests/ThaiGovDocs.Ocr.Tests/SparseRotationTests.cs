using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class SparseRotationTests
{
    [Theory]
    [InlineData("memo-000", 0.9f)]
    [InlineData("memo-008", -1.7f)]
    public void Rotate_InkLayerOfAMemoScan_SameAsLeptonica(string memo, float degrees)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);
        var radians = degrees * MathF.PI / 180;

        using var leptonica = Pix.Check(LeptonicaNative.pixRotate(layers!.Ink, radians, LeptonicaNative.RotateAreaMap, LeptonicaNative.BringInWhite, 0, 0), "pixRotate");
        using var sparse = SparseRotation.Rotate(layers.Ink, radians);

        SparseBinarizerTests.Same(leptonica, sparse).Should().BeTrue();
    }

    [Theory]
    [InlineData(301, 203, 0.9f)]
    [InlineData(97, 64, -4f)]
    [InlineData(640, 33, 2.5f)]
    [InlineData(29, 120, -0.3f)]
    public void Rotate_NoisePage_SameAsLeptonicaToItsEdges(int width, int height, float degrees)
    {
        // No white anywhere: every target pixel is computed, those whose source lies off the page included.
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var noise = Pix.Check(LeptonicaNative.pixCreate(width, height, 8), "pixCreate");
        var random = new Random(width * height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) GreyPages.Fill(noise, x, y, 1, 1, (byte)random.Next(0, 255));
        }

        var radians = degrees * MathF.PI / 180;
        using var leptonica = Pix.Check(LeptonicaNative.pixRotate(noise, radians, LeptonicaNative.RotateAreaMap, LeptonicaNative.BringInWhite, 0, 0), "pixRotate");
        using var sparse = SparseRotation.Rotate(noise, radians);

        SparseBinarizerTests.Same(leptonica, sparse).Should().BeTrue();
    }

    [Fact]
    public void Rotate_WhitePage_StaysWhite()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var white = Pix.Check(LeptonicaNative.pixCreate(300, 200, 8), "pixCreate");
        using var inverted = Pix.Check(LeptonicaNative.pixInvert(IntPtr.Zero, white), "pixInvert");

        using var turned = SparseRotation.Rotate(inverted, 0.02f);

        SparseBinarizerTests.Same(turned, inverted).Should().BeTrue();
    }
}
