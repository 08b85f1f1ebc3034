using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public sealed class WordConfidencesTests
{
    [Fact]
    public void LeastPerLine_WordsAddUp_GivesEachLineItsLeastWord()
    {
        var least = WordConfidences.LeastPerLine(["ที่ นน", "Fax 02"], [93, 93, 61, 92, 93, 90, 88]);

        least.Should().Equal(0.61f, 0.88f);
    }

    [Fact]
    public void LeastPerLine_BlankLinesHoldingOneWordEach_PlacesEveryLine()
    {
        var least = WordConfidences.LeastPerLine(["ทาง", " \n", "ไป", " \n", "A"], [90, 91, 92, 0, 80, 81, 0, 70]);

        least[0].Should().Be(0.90f);
        least[2].Should().Be(0.80f);
        least[4].Should().Be(0.70f);
    }

    [Fact]
    public void LeastPerLine_BlankLinesOfUnknownWords_PlacesOnlyTheLinesOutsideThem()
    {
        var least = WordConfidences.LeastPerLine(["ทาง", " \n", "ไป", " \n", "A"], [90, 91, 92, 0, 0, 80, 81, 0, 70]);

        least[0].Should().Be(0.90f);
        least[2].Should().BeNull();
        least[4].Should().Be(0.70f);
    }

    [Theory]
    [InlineData(new[] { 93, 93 })]
    [InlineData(new[] { 93, 93, 93, 93, 93, 93 })]
    public void LeastPerLine_WordsDoNotAddUp_PlacesNoLine(int[] confidences) =>
        WordConfidences.LeastPerLine(["ที่ นน"], confidences).Should().Equal([null]);

    // Tesseract's LSTM decoder makes every character of a script written without spaces a word of its own.
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n", 0)]
    [InlineData("ที่", 3)]
    [InlineData("ที่ นน", 5)]
    [InlineData("๑๐/๒๕", 5)]
    [InlineData("E-mail: saraban@example.go.th", 2)]
    [InlineData("โทร. 1658097", 5)]
    [InlineData("รอ4", 3)]
    public void CountWords_LineText_CountsTheDecodersWords(string text, int words) =>
        WordConfidences.CountWords(text).Should().Be(words);
}
