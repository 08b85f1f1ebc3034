using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class LineTableTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Build_LinesShorterThanTheEstimate_KeepsEveryLineInOrder(int length)
    {
        // The pooled array is sized for 32-character lines: a text of shorter lines must grow it without losing any.
        var lines = Enumerable.Range(0, 700).Select(k => k % 3 == 0 ? "" : new string('ก', length)).ToList();
        string text = string.Join('\n', lines);

        var table = LineTable.Build(text);
        try
        {
            table.Count.Should().Be(lines.Count);
            int start = 0;
            for (int k = 0; k < lines.Count; k++)
            {
                table[k].Index.Should().Be(k);
                table.TextOf(table[k]).ToString().Should().Be(lines[k]);
                if (lines[k].Length > 0)
                {
                    table[k].Span.Start.Should().Be(start);
                }

                start += lines[k].Length + 1;
            }
        }
        finally
        {
            table.Release();
        }
    }
}
