using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class DotRunsTests
{
    [Theory]
    [InlineData(12, 40, 1)]
    [InlineData(18, 60, 2)]
    [InlineData(5, 7, 3)]
    public void InRuns_RandomDotsAndRunsAtTheEdges_SameAsClosingThenOpening(int maxGap, int minLength, int seed)
    {
        using var dots = BitPages.Blank(301, 120);
        var random = new Random(seed);
        for (var y = 0; y < 120; y++)
        {
            // Rows of dots at a random pitch, some from the left edge, some to the right edge, some sparse.
            var pitch = random.Next(2, maxGap + 6);
            var x = random.Next(3) == 0 ? 0 : random.Next(0, 200);
            var end = random.Next(3) == 0 ? 301 : random.Next(x, 302);
            for (; x < end; x += pitch)
            {
                for (var d = 0; d < random.Next(1, 4) && x + d < 301; d++) BitPages.Set(dots, x + d, y);
            }
        }

        using var bridged = LeptonicaNative.pixCloseSafeBrick(IntPtr.Zero, dots, maxGap + 1, 1);
        using var runs = LeptonicaNative.pixOpenBrick(IntPtr.Zero, bridged, minLength, 1);
        using var expected = LeptonicaNative.pixAnd(IntPtr.Zero, runs, dots);

        using var found = DotRuns.InRuns(dots, maxGap, minLength);

        SparseBinarizerTests.Same(found, expected).Should().BeTrue();
    }

    [Fact]
    public void InRuns_ShortRunAtTheLeftEdge_Dropped()
    {
        using var dots = BitPages.Blank(100, 4);
        for (var x = 0; x < 30; x += 3) BitPages.Set(dots, x, 1);

        using var found = DotRuns.InRuns(dots, 5, 40);

        LeaderLineRemoverTests.InkIn(found, 0, 0, 100, 4).Should().Be(0);
    }
}
