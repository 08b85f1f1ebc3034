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
}
