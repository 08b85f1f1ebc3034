using ThaiGovDocs.Batch.Inputs;

namespace ThaiGovDocs.Batch.Tests;

public class ShardSpecTests
{
    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/8", 2, 8)]
    [InlineData("7/8", 7, 8)]
    public void Parse_ValidSpec_ReturnsIndexAndCount(string text, int index, int count) =>
        ShardSpec.Parse(text).Should().Be(new ShardSpec(index, count));

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("8/8")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    public void Parse_InvalidSpec_ThrowsFormatException(string text) =>
        FluentActions.Invoking(() => ShardSpec.Parse(text)).Should().Throw<FormatException>().WithMessage("*K/N*");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Contains_AnyPath_IsInExactlyOneShard(int count)
    {
        var paths = Enumerable.Range(0, 500).Select(i => $"กอง {i % 7}/หนังสือ {i}.pdf").ToArray();

        foreach (var path in paths)
        {
            Enumerable.Range(0, count).Count(k => new ShardSpec(k, count).Contains(path)).Should().Be(1, path);
        }
    }

    [Fact]
    public void ShardOf_SamePath_IsStableAcrossSeparators() =>
        ShardSpec.ShardOf("a/b/c.pdf", 5).Should().Be(ShardSpec.ShardOf("a\\b\\c.pdf", 5));

    [Fact]
    public void Contains_ManyPaths_SpreadsOverEveryShard()
    {
        var counts = Enumerable.Range(0, 1000).GroupBy(i => ShardSpec.ShardOf($"scan-{i}.tif", 4)).ToDictionary(g => g.Key, g => g.Count());

        counts.Keys.Should().BeEquivalentTo([0, 1, 2, 3]);
        counts.Values.Should().OnlyContain(c => c > 150);
    }
}
