using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public sealed class LetterEngineVariablesTests
{
    [Fact]
    public void From_CallerSetNothing_FindsParagraphsFromTheLayout() =>
        LetterEngineVariables.From(new Dictionary<string, string>()).Should().Equal(new Dictionary<string, string> { [LetterEngineVariables.TextBasedParagraphsVariable] = "0" });

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void From_CallerSetParagraphFinding_KeepsTheirs(string setting) =>
        LetterEngineVariables.From(new Dictionary<string, string> { [LetterEngineVariables.TextBasedParagraphsVariable] = setting })[LetterEngineVariables.TextBasedParagraphsVariable].Should().Be(setting);

    [Fact]
    public void From_OtherVariables_PassesThemOn() =>
        LetterEngineVariables.From(new Dictionary<string, string> { ["textord_min_linesize"] = "2.5" })["textord_min_linesize"].Should().Be("2.5");
}
