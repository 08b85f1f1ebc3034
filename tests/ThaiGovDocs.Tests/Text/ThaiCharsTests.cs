using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public class ThaiCharsTests
{
    [Theory]
    [InlineData('ั', true)]
    [InlineData('ี', true)]
    [InlineData('่', true)]
    [InlineData('์', true)]
    [InlineData('ํ', true)]
    [InlineData('ุ', false)] // below the letter
    [InlineData('า', false)] // beside it
    [InlineData('ำ', false)]
    [InlineData('ก', false)]
    public void IsAboveMark_ThaiCharacter_TellsMarksWrittenAboveALetter(char c, bool above) =>
        ThaiChars.IsAboveMark(c).Should().Be(above);
}
