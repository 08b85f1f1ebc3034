using BenchmarkDotNet.Attributes;
using ThaiGovDocs.Benchmarks.Baselines;
using ThaiGovDocs.Benchmarks.Infrastructure;

namespace ThaiGovDocs.Benchmarks;

/// <summary>Whole-bundle <see cref="LetterParser.Parse"/> per seed and over the concatenated corpus, against a regex field extractor.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParserBenchmarks
{
    [ParamsSource(nameof(Inputs))]
    public Payload Input { get; set; } = null!;

    public static IEnumerable<Payload> Inputs()
    {
        foreach (var (name, text) in Corpus.Seeds())
        {
            yield return new Payload(name, text);
        }

        yield return new Payload("corpus", Corpus.Concatenated());
    }

    [Benchmark]
    public ParseResult Parse() => LetterParser.Parse(Input.Text);

    /// <summary>The naive baseline: every line tried against one interpreted regex per field.</summary>
    [Benchmark(Baseline = true)]
    public List<RegexLetter> NaiveRegex() => NaiveLineRegexExtractor.Extract(Input.Text);

    /// <summary>A tuned regex reference: source-generated, multiline patterns, one search per field per document.</summary>
    [Benchmark]
    public List<RegexLetter> TunedRegex() => RegexFieldExtractor.Extract(Input.Text);
}
