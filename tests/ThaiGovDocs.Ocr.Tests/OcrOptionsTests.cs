namespace ThaiGovDocs.Ocr.Tests;

public class OcrOptionsTests
{
    [Theory]
    [InlineData("tha_gov", "tha", "tha")]
    [InlineData("tha+eng", "tha", null)] // stock reads its own letters: no second pass
    [InlineData("tha_gov+tha", "tha", null)]
    [InlineData("tha_gov", null, null)]
    public void LetterPass_PrimaryModels_RunsTheLetterModelsOnlyWhenTheyAreNotAmongThem(string languages, string? letters, string? expected) =>
        new OcrOptions { Languages = languages, LetterLanguages = letters }.LetterPass().Should().Be(expected);

    [Fact]
    public void Default_Models_AreTheProjectModelWithStockLetters()
    {
        var options = new OcrOptions();

        options.Languages.Should().Be("tha_gov");
        options.LetterPass().Should().Be("tha");
    }
}
