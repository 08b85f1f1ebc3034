using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Tests.PropertyTests;

/// <summary>Fuzzes <see cref="LetterTokenizer"/>: tokens come in text order, never overlap, stay inside the text, and every label is followed by its value.</summary>
public class LetterTokenizerPropertyTests
{
    private const int Seed = 7;
    private const int Iterations = 20_000;

    [Fact]
    public void Read_MutatedAndRandomInputs_YieldsOrderedTokensWithinBounds()
    {
        var mutator = new TextMutator(TestCorpus.All, Seed);
        var failures = new List<string>();
        for (int iteration = 0; iteration < Iterations && failures.Count < 10; iteration++)
        {
            string input = mutator.Next(2_000);
            string? problem = Check(input);
            if (problem is not null)
            {
                failures.Add($"#{iteration}: {problem}\n  input: {LetterParserPropertyTests.Escape(input, 300)}");
            }
        }

        foreach (var text in TestCorpus.All)
        {
            Check(text).Should().BeNull();
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("ที่")]
    [InlineData("- ")]
    [InlineData("- ที่ มท")]
    [InlineData("   \n\t\r\n")]
    [InlineData("ขอแสดงความนับถือ")]
    public void Read_EdgeInputs_YieldsOrderedTokensWithinBounds(string input) => Check(input).Should().BeNull();

    private static string? Check(string text)
    {
        var tokenizer = new LetterTokenizer(text);
        int previousEnd = 0;
        int line = -1;
        bool expectValue = false;
        int lines = 0;
        while (tokenizer.Read())
        {
            int start = tokenizer.Start;
            int end = start + tokenizer.Length;
            if (start < previousEnd || tokenizer.Length < 0 || end > text.Length)
            {
                return $"{tokenizer.Kind} [{start}..{end}) after {previousEnd} in a text of {text.Length}";
            }

            if (expectValue != (tokenizer.Kind == TokenKind.Value))
            {
                return $"{tokenizer.Kind} at {start} where a value was {(expectValue ? "" : "not ")}expected";
            }

            if (tokenizer.Kind != TokenKind.Value)
            {
                if (tokenizer.LineNumber != line + 1 || tokenizer.LineStart > start)
                {
                    return $"line {tokenizer.LineNumber} after {line}, line start {tokenizer.LineStart} after token start {start}";
                }

                line = tokenizer.LineNumber;
                lines++;
            }

            if (text.AsSpan(start, tokenizer.Length).Contains('\n'))
            {
                return $"{tokenizer.Kind} [{start}..{end}) spans a line break";
            }

            expectValue = tokenizer.Kind == TokenKind.Label;
            previousEnd = end;
        }

        int expectedLines = text.AsSpan().Count('\n') + 1;
        return expectValue ? "a label without a value at the end"
            : lines != expectedLines ? $"{lines} lines tokenized, {expectedLines} in the text"
            : null;
    }
}
