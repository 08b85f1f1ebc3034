using ThaiGovDocs.Ocr.Evaluation;

namespace ThaiGovDocs.Ocr.Tests;

public class CharacterErrorRateTests
{
    [Theory]
    [InlineData("ที่ มท ๐๒๐๕", "ที่ มท ๐๒๐๕", 0)]
    [InlineData("ที่ มท", "ที มท", 1)]
    [InlineData("จำนวน", "จํานวน", 0)]
    [InlineData("ก ข ค", "กขค", 0)]
    [InlineData("abc", "", 3)]
    public void Compute_Pairs_CountsEdits(string reference, string hypothesis, int errors) =>
        CharacterErrorRate.Compute(reference, hypothesis).Errors.Should().Be(errors);

    [Fact]
    public void Compute_ThaiDigitMisread_CountedApart()
    {
        var result = CharacterErrorRate.Compute("วันที่ ๑๖ พ.ค. ๖๗", "วันที่ ๑๒ พ.ค. ๒๗");

        result.ThaiDigits.Should().Be(4);
        result.ThaiDigitsCorrect.Should().Be(2);
        result.ThaiDigitAccuracy.Should().Be(0.5);
    }
}
