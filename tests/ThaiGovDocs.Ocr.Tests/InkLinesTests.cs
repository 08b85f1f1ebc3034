using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public class InkLinesTests
{
    // A memo's number line as Tesseract reads it: "ที่ กห ๐๓๐๑.๑๐.๑/", a wide gap, "วันที่", a gap, "พ.ค. ๖๗".
    private const string NumberLine = "ที่ กห ๐๓๐๑.๑๐.๑/          วันที่        พ.ค. ๖๗";

    [Fact]
    public void Merge_SerialStampedAfterSlash_GoesIntoTheNumberLineAfterTheSlash()
    {
        var print = Print(NumberLine, "เรื่อง ขอความเห็นชอบ");
        var ink = Ink(Line("๒๖๐", x: 420, y: 102, width: 60, height: 30));

        var merged = InkLines.Merge(ink, print, 0.6f);

        merged.Text.Should().StartWith("ที่ กห ๐๓๐๑.๑๐.๑/ ๒๖๐ ").And.EndWith("\nเรื่อง ขอความเห็นชอบ");
        merged.Lines.Should().HaveCount(2);
        merged.Lines.Should().OnlyContain(l => merged.Text.Substring(l.SpanInPageText.Start, l.SpanInPageText.Length) == l.Text);
    }

    [Fact]
    public void Merge_DayWrittenBetweenLabelAndMonth_GoesBetweenThem()
    {
        var print = Print(NumberLine);
        var ink = Ink(Line("๓", x: 770, y: 100, width: 20, height: 30));

        InkLines.Merge(ink, print, 0.6f).Text.Should().Contain("วันที่ ๓").And.Contain("๓        พ.ค. ๖๗");
    }

    [Fact]
    public void Merge_StampOfSeveralLines_GoesBeforeThePrint()
    {
        var print = Print(NumberLine);
        var ink = Ink(Line("๓๒๔", x: 900, y: 80, width: 80, height: 30), Line("๑๗/๐๕/๒๕๖๘", x: 880, y: 115, width: 160, height: 30));

        var merged = InkLines.Merge(ink, print, 0.6f);

        merged.Text.Should().Be("๓๒๔\n๑๗/๐๕/๒๕๖๘\n\n" + NumberLine);
    }

    [Fact]
    public void Merge_StampLabelsReadApartFromTheirValues_JoinedWithThemInTheirRows()
    {
        // memo-008's receipt stamp as the sparse read groups it: each label and its value are read as groups of their own.
        var print = Print(NumberLine);
        var ink = Ink(
            Line("ศซล.นซบ.ทหาร", x: 1273, y: 89, width: 179, height: 18),
            Line("เลขรับ ๓๒๔", x: 1178, y: 127, width: 137, height: 24),
            Line("วันที่", x: 1177, y: 171, width: 42, height: 24),
            Line("๑๗/๐๕/๒๕๖๘", x: 1264, y: 170, width: 156, height: 19),
            Line("๑๐:๓๗:๒๖", x: 1264, y: 216, width: 113, height: 23),
            Line("เวลา", x: 1178, y: 223, width: 43, height: 15));

        var merged = InkLines.Merge(ink, print, 0.6f);

        merged.Text.Should().Be("ศซล.นซบ.ทหาร\nเลขรับ ๓๒๔\nวันที่ ๑๗/๐๕/๒๕๖๘\nเวลา ๑๐:๓๗:๒๖\n\n" + NumberLine);
        merged.Lines.Should().OnlyContain(l => merged.Text.Substring(l.SpanInPageText.Start, l.SpanInPageText.Length) == l.Text);
    }

    [Fact]
    public void Merge_SerialAndDayOnOneLineFarApart_EachGoesToItsPlace()
    {
        var print = Print(NumberLine);
        var ink = Ink(Line("๒๖๐", x: 420, y: 102, width: 60, height: 30), Line("๓", x: 770, y: 100, width: 20, height: 30));

        InkLines.Merge(ink, print, 0.6f).Text.Should().StartWith("ที่ กห ๐๓๐๑.๑๐.๑/ ๒๖๐ ").And.Contain("วันที่ ๓");
    }

    [Fact]
    public void Merge_GroupOnNoPrintedLine_GoesBeforeThePrint()
    {
        var print = Print(NumberLine);
        var ink = Ink(Line("ด่วนมาก", x: 300, y: 20, width: 200, height: 50));

        InkLines.Merge(ink, print, 0.6f).Text.Should().Be("ด่วนมาก\n\n" + NumberLine);
    }

    [Theory]
    [InlineData(0.5f, "๒๖๐")] // unsure: dropped
    [InlineData(0.9f, "ก")] // a lone letter is a speck of handwriting, not a word
    public void Merge_UnsureOrLoneLetter_IsDropped(float confidence, string text)
    {
        var print = Print(NumberLine);
        var ink = Ink(Line(text, x: 420, y: 102, width: 60, height: 30) with { Confidence = confidence });

        InkLines.Merge(ink, print, 0.6f).Text.Should().Be(NumberLine);
    }

    [Fact]
    public void Merge_SignatureTallerThanTheLine_IsNotPutIntoIt()
    {
        var print = Print(NumberLine);
        var ink = Ink(Line("สมชาย", x: 420, y: 60, width: 200, height: 90));

        InkLines.Merge(ink, print, 0.6f).Text.Should().Be("สมชาย\n\n" + NumberLine);
    }

    [Fact]
    public void WordBoxesFor_SerialStampedOnTheNumberLine_WantsThatLineOnly()
    {
        var ink = Ink(Line("๒๖๐", x: 420, y: 102, width: 60, height: 30), Line("ด่วนมาก", x: 1300, y: 20, width: 200, height: 50));

        var demand = InkLines.WordBoxesFor(ink, 0.6f);

        demand.Wants(new RawLine(NumberLine, 100, 100, 1100, 132, 0.9f, true)).Should().BeTrue();
        demand.Wants(new RawLine("เรื่อง ขอความเห็นชอบ", 100, 140, 1100, 172, 0.9f, false)).Should().BeFalse();
    }

    [Fact]
    public void WordBoxesFor_StampOfSeveralLines_WantsNoLine()
    {
        var ink = Ink(Line("๓๒๔", x: 900, y: 80, width: 80, height: 30), Line("๑๗/๐๕/๒๕๖๘", x: 880, y: 115, width: 160, height: 30));

        InkLines.WordBoxesFor(ink, 0.6f).Wants(new RawLine(NumberLine, 100, 100, 1100, 132, 0.9f, true)).Should().BeFalse();
    }

    /// <summary>A page of printed lines 40 px apart, 32 px high, with word boxes for <see cref="NumberLine"/>.</summary>
    private static PageRecognition Print(params string[] lines)
    {
        var ocrLines = new List<OcrLine>();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            ocrLines.Add(new OcrLine(lines[i], 100, 100 + (40 * i), 1000, 32, 0.9f, new TextSpan(start, lines[i].Length)) { Words = i == 0 ? NumberLineWords() : [] });
            start += lines[i].Length + 1;
        }

        return new PageRecognition(string.Join('\n', lines), ocrLines, 0.9f, null, null);
    }

    private static WordBox[] NumberLineWords() =>
    [
        Word("ที่", 100, 130), Word("กห", 140, 180), Word("๐๓๐๑.๑๐.๑/", 190, 400),
        Word("วันที่", 700, 760), Word("พ.ค.", 860, 920), Word("๖๗", 930, 970),
    ];

    private static WordBox Word(string word, int left, int right) => new(NumberLine.IndexOf(word, StringComparison.Ordinal), word.Length, left, right);

    private static OcrLine Line(string text, int x, int y, int width, int height) => new(text, x, y, width, height, 0.9f, default);

    private static PageRecognition Ink(params OcrLine[] lines) => new(string.Join('\n', lines.Select(l => l.Text)), lines, 0.9f, null, null);
}
