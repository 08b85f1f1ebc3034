using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class PrintRotationTests
{
    [Theory]
    [InlineData("memo-000", 0.9f, 16)]
    [InlineData("memo-000", -4f, 25)]
    [InlineData("memo-001", -1.7f, 16)]
    [InlineData("memo-008", 2.5f, 16)] // darker paper: turned whole
    public void RotateForSauvola_PrintLayerOfAMemoScan_BinarisesAsTheWholePageTurned(string memo, float degrees, int halfWindow)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);
        var radians = degrees * MathF.PI / 180;
        using var gray = Pix.Check(LeptonicaNative.pixConvertTo8(layers!.Print, 0), "pixConvertTo8");

        using var leptonica = Pix.Check(LeptonicaNative.pixRotate(gray, radians, LeptonicaNative.RotateAreaMap, LeptonicaNative.BringInWhite, 0, 0), "pixRotate");
        using var turned = PrintRotation.RotateForSauvola(gray, radians, halfWindow, 0.35f);
        using var whole = Sauvola(leptonica, halfWindow);
        using var sparse = Sauvola(turned, halfWindow);

        SparseBinarizerTests.Same(whole, sparse).Should().BeTrue();
    }

    [Fact]
    public void RotateForSauvola_MemoWithMarginsAndEmptyLowerHalf_TurnsOnlyAroundTheInk()
    {
        using var page = SparseBinarizerTests.DecodeScan("memo-000");
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, ImagePipelineOptions.Default);
        using var gray = Pix.Check(LeptonicaNative.pixConvertTo8(layers!.Print, 0), "pixConvertTo8");
        var radians = 0.9f * MathF.PI / 180;

        using var leptonica = Pix.Check(LeptonicaNative.pixRotate(gray, radians, LeptonicaNative.RotateAreaMap, LeptonicaNative.BringInWhite, 0, 0), "pixRotate");
        using var turned = PrintRotation.RotateForSauvola(gray, radians, 16, 0.35f);

        // The paper's grey far from the print is left white, not resampled.
        SparseBinarizerTests.Same(leptonica, turned).Should().BeFalse();
    }

    private static PixHandle Sauvola(PixHandle gray, int halfWindow)
    {
        IntPtr binary = IntPtr.Zero;
        LeptonicaNative.pixSauvolaBinarizeTiled(gray, halfWindow, 0.35f, 1, 1, null, &binary).Should().Be(0);
        var handle = new PixHandle();
        System.Runtime.InteropServices.Marshal.InitHandle(handle, binary);
        return handle;
    }
}
