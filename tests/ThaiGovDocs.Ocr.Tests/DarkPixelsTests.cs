using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class DarkPixelsTests
{
    [Theory]
    [InlineData("memo-000", 160)]
    [InlineData("memo-001", 160)]
    [InlineData("memo-008", 197)]
    [InlineData("memo-008", 255)]
    public void Below_MemoScanGrey_SameAsLeptonica(string memo, int level)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);
        using var gray = GreyConversion.ToGrey(page.Pix);

        using var leptonica = Pix.Check(LeptonicaNative.pixThresholdToBinary(gray, level), "pixThresholdToBinary");
        using var converted = Pix.Check(LeptonicaNative.pixConvertTo1(gray, level), "pixConvertTo1");
        using var ours = DarkPixels.Below(gray, level);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
        SparseBinarizerTests.Same(converted, ours).Should().BeTrue();
    }

    [Theory]
    [InlineData(1, 1, 128)]
    [InlineData(31, 5, 1)]
    [InlineData(32, 3, 255)]
    [InlineData(333, 41, 160)] // a tail after the vector steps
    [InlineData(64, 2, 200)]
    public void Below_RandomLevels_SameAsLeptonica(int width, int height, int level)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var gray = Pix.Check(LeptonicaNative.pixCreate(width, height, 8), "pixCreate");
        var random = new Random(width + level);
        var data = (byte*)LeptonicaNative.pixGetData(gray);
        var bytesPerLine = LeptonicaNative.pixGetWpl(gray) * 4;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) data[(y * bytesPerLine) + (x ^ 3)] = (byte)random.Next(256);
        }

        using var leptonica = Pix.Check(LeptonicaNative.pixThresholdToBinary(gray, level), "pixThresholdToBinary");
        using var ours = DarkPixels.Below(gray, level);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
    }
}
