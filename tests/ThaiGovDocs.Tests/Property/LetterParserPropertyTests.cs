using System.Diagnostics;
using System.Text;
using ThaiGovDocs.Json;

namespace ThaiGovDocs.Tests.PropertyTests;

/// <summary>
/// Fuzzes <see cref="LetterParser.Parse"/> with 100,000 deterministic inputs (fixed seed): corpus text cut, spliced and corrupted
/// by <see cref="TextMutator"/>, and random Unicode. Parsing, mapping to the JSON contract and serialising must never throw, and
/// every span in the result must lie inside the repaired text.
/// </summary>
public class LetterParserPropertyTests
{
    private const int Seed = 20240521;
    private const int Iterations = 100_000;
    private const int MaxInputLength = 1_500;

    // Every this-many inputs, a whole (mutated) corpus bundle instead of a short cut.
    private const int WholeBundleEvery = 500;

    [Fact]
    public void Parse_MutatedAndRandomInputs_NeverThrowsAndKeepsSpansInText()
    {
        var mutator = new TextMutator(TestCorpus.All, Seed);
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        for (int iteration = 0; iteration < Iterations && failures.Count < 10; iteration++)
        {
            string input = iteration % WholeBundleEvery == 0
                ? Whole(mutator)
                : mutator.Next(MaxInputLength);
            string? problem = Check(input);
            if (problem is not null)
            {
                failures.Add($"#{iteration} (seed {Seed}, length {input.Length}): {problem}\n  input: {Escape(input, 300)}");
            }
        }

        failures.Should().BeEmpty("every input must parse, map and serialise without throwing, with spans inside the text "
            + $"({watch.Elapsed.TotalSeconds:F1} s)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0")]
    [InlineData("\r")]
    [InlineData("\r\r\n\n\r")]
    [InlineData("ที่")]
    [InlineData("ที่ ")]
    [InlineData("วันที่ ")]
    [InlineData("ที่ /")]
    [InlineData("ที่ มท /ว")]
    [InlineData("สิ่งที่ส่งมาด้วย ๑.")]
    [InlineData("สิ่งที่ส่งมาด้วย จำนวน")]
    [InlineData("(นาย)")]
    [InlineData("ขอแสดงความนับถือ\n(นายสมชาย ใจดี)\nปฏิบัติราชการแทน")]
    [InlineData("โทร. +")]
    [InlineData("โทร. (+")]
    [InlineData("เลขรับ ๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙\nวันที่ ๓๑ ก.พ. ๖๗")]
    [InlineData("วันที่ ๒๙ กุมภาพันธ์ ๙๙๙๙๙")]
    [InlineData("ํ\n่\n้")]
    public void Parse_EdgeInputs_NeverThrowsAndKeepsSpansInText(string input) =>
        Check(input).Should().BeNull();

    [Fact]
    public void Parse_HugeDigitRunsAndLongLines_NeverThrows()
    {
        string[] inputs =
        [
            "ที่ " + new string('๑', 20_000),
            "วันที่ " + new string('9', 20_000) + " มกราคม " + new string('9', 20_000),
            new string('ก', 50_000),
            string.Concat(Enumerable.Repeat("ที่ มท ๐๘๑๐/ว ", 5_000)),
            string.Concat(Enumerable.Repeat("\u0E48", 10_000)),
            "โทร. " + string.Concat(Enumerable.Repeat("๐ ", 10_000)),
            string.Concat(Enumerable.Repeat("a@", 10_000)) + "b.c",
        ];
        foreach (var input in inputs)
        {
            Check(input).Should().BeNull();
        }
    }

    /// <summary>Null when the input passes; otherwise what went wrong.</summary>
    internal static string? Check(string input)
    {
        try
        {
            var result = LetterParser.Parse(input);
            string? span = SpanChecker.FindOutside(result);
            if (span is not null)
            {
                return span;
            }

            var contract = LetterJson.ToContract(result, source: "fuzz");
            string json = LetterJson.Serialize(contract);
            return json.Length == 0 ? "empty JSON" : null;
        }
#pragma warning disable CA1031 // The property is precisely that nothing is thrown: report whatever was.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"{e.GetType().Name}: {e.Message}\n{string.Join('\n', e.StackTrace?.Split('\n').Take(4) ?? [])}";
        }
    }

    private static string Whole(TextMutator mutator)
    {
        var texts = TestCorpus.All;
        string text = texts[mutator.Random.Next(texts.Count)];
        for (int m = mutator.Random.Next(1, 20); m > 0; m--)
        {
            text = mutator.Mutate(text, 4_000);
        }

        return text;
    }

    internal static string Escape(string text, int max)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Length > max ? text[..max] : text)
        {
            builder.Append(c is < ' ' or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.Length > max ? builder + "…" : builder.ToString();
    }
}
