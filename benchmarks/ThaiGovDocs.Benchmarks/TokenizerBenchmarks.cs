using BenchmarkDotNet.Attributes;
using ThaiGovDocs.Benchmarks.Baselines;
using ThaiGovDocs.Benchmarks.Infrastructure;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Benchmarks;

/// <summary><see cref="LetterTokenizer"/> over the whole corpus and a ~1 MB bundle, against a naive label regex.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    [ParamsSource(nameof(Inputs))]
    public Payload Input { get; set; } = null!;

    public static IEnumerable<Payload> Inputs()
    {
        string corpus = Corpus.Concatenated();
        yield return new Payload("corpus", corpus);
        yield return new Payload("bundle-1MB", Corpus.Repeat(corpus, Corpus.MegabyteChars));
    }

    [GlobalSetup(Target = nameof(Tokenizer))]
    public void WarmTokenizer() => JitWarmup.UntilQuiet(() => Tokenizer());

    [GlobalSetup(Target = nameof(NaiveRegex))]
    public void WarmNaiveRegex() => JitWarmup.UntilQuiet(() => NaiveRegex());

    /// <summary>Reads every token and folds its offsets into a checksum.</summary>
    [Benchmark]
    public long Tokenizer()
    {
        long checksum = 0;
        var tokenizer = new LetterTokenizer(Input.Text);
        while (tokenizer.Read())
        {
            checksum += tokenizer.Start + tokenizer.Length + (int)tokenizer.Label;
        }

        return checksum;
    }

    [Benchmark(Baseline = true)]
    public long NaiveRegex() => RegexLabelExtractor.Extract(Input.Text);
}
