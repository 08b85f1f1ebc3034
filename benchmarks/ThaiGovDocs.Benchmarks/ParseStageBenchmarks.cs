using BenchmarkDotNet.Attributes;
using ThaiGovDocs.Benchmarks.Infrastructure;
using ThaiGovDocs.Parsing;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Benchmarks;

/// <summary>
/// Each stage of <see cref="LetterParser.Parse"/> alone over the corpus, on the previous stages' output built once in the
/// setup; the whole parse is the baseline, so each stage's ratio is its share of a parse. The round-robin
/// <c>-- parse-stages</c> (<see cref="ParseStages"/>) measures the same stages on a loaded machine.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParseStageBenchmarks
{
    private RepairedText _repaired = null!;
    private LineTable _lines = null!;
    private LineRoles _roles = null!;
    private List<int> _starts = null!;

    [ParamsSource(nameof(Inputs))]
    public Payload Input { get; set; } = null!;

    public static IEnumerable<Payload> Inputs() => [new Payload("corpus", Corpus.Concatenated())];

    [GlobalSetup]
    public void Setup()
    {
        _repaired = ThaiTextRepair.Repair(Input.Text);
        _lines = LineTable.Build(_repaired.Text);
        _roles = LineRoles.Find(_lines);
        _starts = DocumentSegmenter.FindStarts(_lines, _roles);
        JitWarmup.UntilQuiet(() =>
        {
            Parse();
            Repair();
            Lines();
            Roles();
            Segment();
            Documents();
        });
    }

    [Benchmark(Baseline = true)]
    public ParseResult Parse() => LetterParser.Parse(Input.Text);

    /// <summary>OCR repair and NFC: the whole-text scan and, for the corpus (it holds a decomposed ำ), the copy.</summary>
    [Benchmark]
    public RepairedText Repair() => ThaiTextRepair.Repair(Input.Text);

    /// <summary>The line table: the tokenizer, label matching, detached values and OCR label recovery.</summary>
    [Benchmark]
    public int Lines()
    {
        var lines = LineTable.Build(_repaired.Text);
        int count = lines.Count;
        lines.Release();
        return count;
    }

    /// <summary>Receipt stamps and endorsements.</summary>
    [Benchmark]
    public int Roles() => LineRoles.Find(_lines).Stamps.Count;

    /// <summary>Where each document starts.</summary>
    [Benchmark]
    public List<int> Segment() => DocumentSegmenter.FindStarts(_lines, _roles);

    /// <summary>Reading every document's fields and building the records (dates, numbers, phones, items, field text).</summary>
    [Benchmark]
    public System.Collections.Immutable.ImmutableArray<LetterDocument> Documents() => LetterParser.ReadDocuments(_lines, _repaired, _roles, _starts);
}
