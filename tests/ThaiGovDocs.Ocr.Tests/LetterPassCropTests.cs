using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public sealed class LetterPassCropTests
{
    [Fact]
    public void Around_LineBox_ReachesLeftForAGlyphTheBoxLeftOut()
    {
        var line = new RawLine("างถึง คำสั่ง", Left: 247, Top: 550, Right: 950, Bottom: 581, Confidence: 0.88f, StartsParagraph: false);

        var crop = LetterPassCrop.Around(line);

        crop.Should().Be((247 - 18, 550 - 6, 950 + 4 - (247 - 18), 581 + 6 - (550 - 6)));
    }

    [Fact]
    public void Around_LineAtThePageCorner_StaysOnThePage()
    {
        var line = new RawLine("ด่วน", Left: 3, Top: 1, Right: 80, Bottom: 41, Confidence: 0.9f, StartsParagraph: false);

        var crop = LetterPassCrop.Around(line);

        (crop.Left, crop.Top).Should().Be((0, 0));
        (crop.Width, crop.Height).Should().Be((84, 49));
    }
}
