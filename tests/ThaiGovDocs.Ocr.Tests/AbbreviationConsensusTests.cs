using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public sealed class AbbreviationConsensusTests
{
    [Fact]
    public void Correct_LookAlikeReadOnceAndTheUnitTwiceElsewhere_TakesTheUnit()
    {
        const string text = "ด้วย กธก.ศซบ.ทหาร มีความประสงค์\nแจ้งให้ กธก.ศซบ.ทหาร ทราบ\nหก.ภธก.ศซบ.ทหาร\n";

        var mended = AbbreviationConsensus.Correct(text, out int corrections);

        mended.Should().Be(text.Replace("ภธก", "กธก", StringComparison.Ordinal));
        corrections.Should().Be(1);
    }

    [Theory]
    [InlineData("ผอ.กกล.นชบ.ทหาร\nศชล.นซบ.ทหาร กกล.นขบ.ทหาร กกล.นซบ.ทหาร ให้ กกล.นขบ.ทหาร\n")] // นซบ and นขบ twice each
    [InlineData("ด้วย กธก.ศซบ.ทหาร\nหก.ภธก.ศซบ.ทหาร\n")] // once is no evidence
    [InlineData("กพ.ทหาร กห.ทหาร กห.ทหาร\n")] // two letters: too many real units differ so
    [InlineData("ที่ ภธก ประชุม กธก กธก\n")] // no dots: words, not abbreviations
    public void Correct_NoClearConsensus_LeavesTheText(string text)
    {
        AbbreviationConsensus.Correct(text, out int corrections).Should().BeSameAs(text);
        corrections.Should().Be(0);
    }
}
