using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class LinePatternsTests
{
    [Theory]
    [InlineData("ี่ ๑44   2.                        ท่        ช่ง")]
    [InlineData("  ้ ๒ ส.")]
    public void IsOrphanMarkJunk_HandwritingReadAsText_IsTrue(string line) =>
        LinePatterns.IsOrphanMarkJunk(line).Should().BeTrue();

    [Theory]
    [InlineData("ี่ยวข้องกับการประชุม")]
    [InlineData("ท่ ช่ง")]
    [InlineData("เลขหมายความชำนาญการทหาร")]
    [InlineData("")]
    public void IsOrphanMarkJunk_TextOrWordsAfterALostLetter_IsFalse(string line) =>
        LinePatterns.IsOrphanMarkJunk(line).Should().BeFalse();

    [Theory]
    [InlineData("๑. ระเบียบวาระการประชุม", 1)]
    [InlineData("(๓) แบบฟอร์ม", 3)]
    [InlineData("๒,. หนังสือจังหวัดนครราชสีมา", 2)] // a Sarabun letter scanned at 200 dpi: a speck before the stop
    public void TryReadItemNumber_ItemNumber_IsRead(string line, int expected)
    {
        LinePatterns.TryReadItemNumber(line, out int number, out _).Should().BeTrue();
        number.Should().Be(expected);
    }

    [Theory]
    [InlineData("๑.๒ ล้านบาท")]
    [InlineData("๒, ๓ และ ๔")]
    public void TryReadItemNumber_FigureOrList_IsNoItem(string line) =>
        LinePatterns.TryReadItemNumber(line, out _, out _).Should().BeFalse();
}
