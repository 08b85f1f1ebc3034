using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class BandOverhangTests
{
    [Theory]
    [InlineData("emblem foot", 1.0, true)]
    [InlineData("title top", 1.0, true)]
    [InlineData("line apart", 0.0, false)]
    [InlineData("one letter touching", 0.2, false)]
    public void Share_BandOfRows20To30_ShareOfInkGoingOnPastIt(string band, double share, bool edgeOfTallerInk)
    {
        using var page = BitPages.Blank(200, 50);
        Paint(page, band);

        BandOverhang.Share(page, 0, 20, 200, 30).Should().BeApproximately(share, 1e-9);
        BandOverhang.IsEdgeOfTallerInk(page, 0, 20, 200, 30).Should().Be(edgeOfTallerInk);
    }

    private static void Paint(PixHandle page, string band)
    {
        switch (band)
        {
            case "emblem foot": // strokes coming down from the rows above; a diagonal touch counts
                BitPages.Fill(page, 20, 0, 3, 30);
                BitPages.Fill(page, 60, 5, 40, 25);
                BitPages.Set(page, 120, 19);
                BitPages.Fill(page, 121, 20, 2, 10);
                break;
            case "title top": // strokes going on below the band
                BitPages.Fill(page, 10, 20, 30, 30);
                break;
            case "line apart": // a missed line between two read lines, touching neither
                BitPages.Fill(page, 10, 0, 150, 17);
                for (var x = 10; x < 150; x += 12) BitPages.Fill(page, x, 21, 8, 8);
                BitPages.Fill(page, 10, 32, 150, 18);
                break;
            case "one letter touching": // one of five letters touches a descender of the line above
                BitPages.Fill(page, 0, 10, 10, 10);
                for (var x = 0; x < 100; x += 20) BitPages.Fill(page, x, 20, 10, 10);
                break;
        }
    }

    [Fact]
    public void Share_BandAtThePageEdgesWithoutInk_Zero()
    {
        using var page = BitPages.Blank(64, 16);

        BandOverhang.Share(page, -5, 0, 70, 16).Should().Be(0);
    }

    [Fact]
    public void Share_GreyPage_Zero()
    {
        using var page = GreyPages.Plain(64, 32, 0);

        BandOverhang.Share(page, 0, 8, 64, 24).Should().Be(0);
    }

    [Fact]
    public void Share_BufferWithoutRowsAroundTheBand_Throws()
    {
        var act = () => BandOverhang.Share(new byte[20], 10, 2);

        act.Should().Throw<ArgumentException>();
    }
}
