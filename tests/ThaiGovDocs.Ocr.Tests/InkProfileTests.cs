using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class InkProfileTests
{
    [Fact]
    public void Bounds_TwoSpots_BoxAroundBothWithTheMargin()
    {
        using var page = BlankPage(200, 100);
        Set(page, 40, 30);
        Set(page, 131, 62);

        InkProfile.Bounds(page, 5).Should().Be(new InkProfile.Box(35, 25, 132 + 5 - 35, 63 + 5 - 25));
    }

    [Fact]
    public void Bounds_SpotsAtTheEdges_ClippedToThePage()
    {
        using var page = BlankPage(70, 40);
        Set(page, 0, 39);
        Set(page, 69, 0);

        InkProfile.Bounds(page, 16).Should().Be(new InkProfile.Box(0, 0, 70, 40));
    }

    [Fact]
    public void Bounds_BlankPage_Null()
    {
        using var page = BlankPage(64, 64);

        InkProfile.Bounds(page, 16).Should().BeNull();
    }

    private static PixHandle BlankPage(int width, int height)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        return Pix.Check(LeptonicaNative.pixCreate(width, height, 1), "pixCreate");
    }

    /// <summary>Sets pixel (x, y) of a 1-bit page (most significant bit first within each 32-bit word).</summary>
    private static void Set(PixHandle pix, int x, int y)
    {
        var row = LeptonicaNative.pixGetData(pix) + (y * LeptonicaNative.pixGetWpl(pix));
        row[x >> 5] |= 0x80000000u >> (x & 31);
    }
}
