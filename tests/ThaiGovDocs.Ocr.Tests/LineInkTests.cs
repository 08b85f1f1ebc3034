using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Ocr.Tests;

public class LineInkTests
{
    private const int Width = 120;
    private const int Height = 50;

    /// <summary>A crop with a line's body (five letters on rows 20-29), its box on rows 12-36, and pieces at <paramref name="extra"/>.</summary>
    private static byte[] Crop(params (int Left, int Top, int Right, int Bottom)[] extra)
    {
        var ink = new byte[Width * Height];
        for (var letter = 0; letter < 5; letter++) Fill(ink, 10 + (letter * 15), 20, 20 + (letter * 15), 30);
        foreach (var (left, top, right, bottom) in extra) Fill(ink, left, top, right, bottom);
        return ink;
    }

    private static void Fill(byte[] ink, int left, int top, int right, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++) ink[(y * Width) + x] = 1;
        }
    }

    private static bool Inked(byte[] ink, int x, int y) => ink[(y * Width) + x] != 0;

    [Fact]
    public void KeepLine_OwnMarksAndBelowVowel_AreKept()
    {
        var ink = Crop((12, 14, 16, 18), (27, 9, 30, 14), (42, 31, 46, 35));

        LineInk.KeepLine(ink, Width, Height, 12, 37).Should().BeTrue();

        Inked(ink, 13, 15).Should().BeTrue("a tone mark just above the body is the line's");
        Inked(ink, 28, 10).Should().BeTrue("a stacked mark ends within ¾ of a body height above it");
        Inked(ink, 43, 32).Should().BeTrue("a below-vowel starts at the baseline");
        Inked(ink, 15, 25).Should().BeTrue();
    }

    [Fact]
    public void KeepLine_NeighboursPieces_AreCleared()
    {
        var ink = Crop((60, 0, 64, 5), (75, 40, 79, 45));

        LineInk.KeepLine(ink, Width, Height, 12, 37).Should().BeTrue();

        Inked(ink, 61, 2).Should().BeFalse("a descender of the line above ends far above the body");
        Inked(ink, 76, 42).Should().BeFalse("a mark of the line below starts far below the body");
        ink.Count(b => b != 0).Should().Be(5 * 10 * 10);
    }

    [Fact]
    public void KeepLine_TooFewPiecesInTheBox_ChangesNothing()
    {
        var ink = new byte[Width * Height];
        Fill(ink, 10, 20, 20, 30);
        Fill(ink, 60, 0, 64, 5);

        LineInk.KeepLine(ink, Width, Height, 12, 37).Should().BeFalse();
        Inked(ink, 61, 2).Should().BeTrue();
    }

    [Fact]
    public void Body_ManySmallMarks_IsTheLettersBand()
    {
        var pieces = new List<(int, int)> { (20, 29), (20, 29), (20, 29), (20, 29), (14, 17), (14, 17), (8, 11), (31, 34), (18, 29) };

        LineInk.Body(pieces, 12, 37).Should().Be((20, 30));
    }
}
