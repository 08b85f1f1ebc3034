using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Ocr.Tests;

public class BandOverhangTests
{
    // The foot of an emblem: strokes coming down from the rows above into the band.
    [Fact]
    public void IsEdgeOfTallerInk_StrokesComingFromAbove_IsTrue()
    {
        using var page = BitPages.Blank(200, 60);
        BitPages.Fill(page, 20, 0, 3, 30);
        BitPages.Fill(page, 60, 5, 40, 25);
        // A diagonal touch counts: the stroke goes on through a corner.
        BitPages.Set(page, 120, 19);
        BitPages.Fill(page, 121, 20, 2, 10);

        BandOverhang.Share(page, 0, 20, 200, 30).Should().Be(1);
        BandOverhang.IsEdgeOfTallerInk(page, 0, 20, 200, 30).Should().BeTrue();
    }

    // The top of a large title's letters: strokes going on below the band.
    [Fact]
    public void IsEdgeOfTallerInk_StrokesGoingOnBelow_IsTrue()
    {
        using var page = BitPages.Blank(100, 50);
        BitPages.Fill(page, 10, 10, 30, 30);

        BandOverhang.IsEdgeOfTallerInk(page, 0, 10, 100, 20).Should().BeTrue();
    }

    // A missed line of its own between two read lines: its letters touch neither.
    [Fact]
    public void IsEdgeOfTallerInk_LineStandingApart_IsFalse()
    {
        using var page = BitPages.Blank(200, 80);
        BitPages.Fill(page, 10, 0, 150, 18);
        for (var x = 10; x < 150; x += 12) BitPages.Fill(page, x, 25, 8, 20);
        BitPages.Fill(page, 10, 52, 150, 20);

        BandOverhang.Share(page, 0, 22, 200, 48).Should().Be(0);
        BandOverhang.IsEdgeOfTallerInk(page, 0, 22, 200, 48).Should().BeFalse();
    }

    // A missed line one of whose letters touches a descender of the line above: most of its ink stands apart.
    [Fact]
    public void Share_OneLetterTouchingTheLineAbove_ThatLettersShare()
    {
        using var page = BitPages.Blank(120, 40);
        BitPages.Fill(page, 0, 0, 10, 10);
        for (var x = 0; x < 100; x += 20) BitPages.Fill(page, x, 10, 10, 10);

        BandOverhang.Share(page, 0, 10, 120, 20).Should().BeApproximately(0.2, 1e-9);
        BandOverhang.IsEdgeOfTallerInk(page, 0, 10, 120, 20).Should().BeFalse();
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
