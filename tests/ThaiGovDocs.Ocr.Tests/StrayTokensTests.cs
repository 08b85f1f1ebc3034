using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public class StrayTokensTests
{
    private static RawLine Line(string text) => new(text, 60, 800, 1500, 870, 0.6f, false);

    // Letters rendered in Sarabun at 300 dpi and read back: marks of the line below, and specks, read into a line.
    [Theory]
    [InlineData("๒๕๖๗                ,ู               ,ู", "๒๕๖๗")]
    [InlineData("(นายวิชัย รักชาติ)          ' '", "(นายวิชัย รักชาติ)")]
    [InlineData("แบบบูรณาการ นัน                 ,ู", "แบบบูรณาการ นัน")]
    [InlineData("๒๕๖๗                                    ะ", "๒๕๖๗")]
    [InlineData("สำนักงานจังหวัด ' กลุ่มงานยุทธศาสตร์", "สำนักงานจังหวัด กลุ่มงานยุทธศาสตร์")]
    public void Strip_StrayTokens_AreTakenOut(string text, string expected) =>
        StrayTokens.Strip(Line(text)).Text.Should().Be(expected);

    [Theory]
    [InlineData("สิ่งที่ส่งมาด้วย ๑. ระเบียบวาระการประชุม")]
    [InlineData("ต่าง ๆ ที่เกี่ยวข้อง")]
    [InlineData("เวลา : ๑๐.๓๐ น.")]
    [InlineData("ดังนี้ ...")]
    [InlineData("๑๔ - ๑๖ ธ.ค. ๖๗")]
    [InlineData("ี่  กห ๐๓๐๒/ ๖๔")] // memo-005: the ที่ label without its ท
    public void Strip_Text_IsLeftAlone(string text)
    {
        var line = Line(text);

        StrayTokens.Strip(line).Should().BeSameAs(line);
    }

    [Fact]
    public void Strip_WordsAfterAStrayToken_MoveWithTheirText()
    {
        const string unit = "สำนักงานจังหวัด";
        var line = Line(unit + " ' กลุ่มงาน") with { Words = [new WordBox(0, unit.Length, 60, 400), new WordBox(unit.Length + 1, 1, 420, 430), new WordBox(unit.Length + 3, 8, 450, 700)] };

        var stripped = StrayTokens.Strip(line);

        stripped.Words.Select(w => stripped.Text.Substring(w.Start, w.Length)).Should().Equal(unit, "กลุ่มงาน");
        stripped.Words.Select(w => w.Left).Should().Equal(60, 450);
    }
}
