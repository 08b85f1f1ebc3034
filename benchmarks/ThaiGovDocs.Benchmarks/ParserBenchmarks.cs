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

    /// <summary>Every seed bundle and the corpus; <c>BENCH_INPUTS=corpus</c> (names separated by commas) keeps only those named.</summary>
    public static IEnumerable<Payload> Inputs() => Infrastructure.InputFilter.Apply(AllInputs());

    private static IEnumerable<Payload> AllInputs()
    {
        foreach (var (name, text) in Corpus.Seeds())
        {
            yield return new Payload(name, text);
        }

        yield return new Payload("corpus", Corpus.Concatenated());
    }

    [GlobalSetup(Target = nameof(Parse))]
    public void WarmParse() => JitWarmup.UntilQuiet(() => Parse());

    [GlobalSetup(Target = nameof(NaiveRegex))]
    public void WarmNaiveRegex() => JitWarmup.UntilQuiet(() => NaiveRegex());

    [GlobalSetup(Target = nameof(TunedRegex))]
    public void WarmTunedRegex() => JitWarmup.UntilQuiet(() => TunedRegex());

    [Benchmark]
    public ParseResult Parse() => LetterParser.Parse(Input.Text);

    /// <summary>The naive baseline: every line tried against one interpreted regex per field.</summary>
    [Benchmark(Baseline = true)]
    public List<RegexLetter> NaiveRegex() => NaiveLineRegexExtractor.Extract(Input.Text);

    /// <summary>A tuned regex reference: source-generated, multiline patterns, one search per field per document.</summary>
    [Benchmark]
    public List<RegexLetter> TunedRegex() => RegexFieldExtractor.Extract(Input.Text);
}
