using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class GreyConversionTests
{
    [Theory]
    [InlineData("memo-000")]
    [InlineData("memo-001")]
    [InlineData("memo-003")]
    [InlineData("memo-005")]
    [InlineData("memo-008")]
    public void ToGrey_MemoScan_SameAsLeptonica(string memo)
    {
        using var page = SparseBinarizerTests.DecodeScan(memo);

        using var leptonica = Pix.Check(LeptonicaNative.pixConvertTo8(page.Pix, 0), "pixConvertTo8");
        using var ours = GreyConversion.ToGrey(page.Pix);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(333, 41)] // a tail after the vector steps
    public void ToGrey_EveryColourAtRandom_SameAsLeptonica(int width, int height)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var page = Pix.Check(LeptonicaNative.pixCreate(width, height, 32), "pixCreate");
        var random = new Random(width * height);
        var data = LeptonicaNative.pixGetData(page);
        var wpl = LeptonicaNative.pixGetWpl(page);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) data[(y * wpl) + x] = (uint)random.Next() ^ ((uint)random.Next() << 16);
        }

        using var leptonica = Pix.Check(LeptonicaNative.pixConvertTo8(page, 0), "pixConvertTo8");
        using var ours = GreyConversion.ToGrey(page);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
    }

    [Fact]
    public void ToGrey_AllGreyLevelsAndPrimaries_SameAsLeptonica()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var page = Pix.Check(LeptonicaNative.pixCreate(256, 4, 32), "pixCreate");
        var data = LeptonicaNative.pixGetData(page);
        var wpl = LeptonicaNative.pixGetWpl(page);
        for (var v = 0u; v < 256; v++)
        {
            data[v] = (v << 24) | (v << 16) | (v << 8);
            data[wpl + v] = v << 24;
            data[(2 * wpl) + v] = v << 16;
            data[(3 * wpl) + v] = v << 8;
        }

        using var leptonica = Pix.Check(LeptonicaNative.pixConvertTo8(page, 0), "pixConvertTo8");
        using var ours = GreyConversion.ToGrey(page);

        SparseBinarizerTests.Same(leptonica, ours).Should().BeTrue();
    }
}
