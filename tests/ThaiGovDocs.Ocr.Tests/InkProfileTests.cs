using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Ocr.Tests;

public class InkProfileTests
{
    [Fact]
    public void Bounds_TwoSpots_BoxAroundBothWithTheMargin()
    {
        using var page = BitPages.Blank(200, 100);
        BitPages.Set(page, 40, 30);
        BitPages.Set(page, 131, 62);

        InkProfile.Bounds(page, 5).Should().Be(new InkProfile.Box(35, 25, 132 + 5 - 35, 63 + 5 - 25));
    }

    [Fact]
    public void Bounds_SpotsAtTheEdges_ClippedToThePage()
    {
        using var page = BitPages.Blank(70, 40);
        BitPages.Set(page, 0, 39);
        BitPages.Set(page, 69, 0);

        InkProfile.Bounds(page, 16).Should().Be(new InkProfile.Box(0, 0, 70, 40));
    }

    [Fact]
    public void Bounds_BlankPage_Null()
    {
        using var page = BitPages.Blank(64, 64);

        InkProfile.Bounds(page, 16).Should().BeNull();
    }
}
