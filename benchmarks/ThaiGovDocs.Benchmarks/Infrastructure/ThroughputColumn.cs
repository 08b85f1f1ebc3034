using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ThaiGovDocs.Benchmarks.Infrastructure;

/// <summary>Columns computed from the benchmark's <see cref="Payload"/> parameter: input size, MB/s (UTF-16 bytes per second,
/// 1 MB = 10^6 bytes), tokens and allocated bytes per token.</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Kind _kind;

    private ThroughputColumn(Kind kind) => _kind = kind;

    private enum Kind
    {
        Size,
        MegabytesPerSecond,
        Tokens,
        AllocatedPerToken,
    }

    public static IColumn Size { get; } = new ThroughputColumn(Kind.Size);

    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn(Kind.MegabytesPerSecond);

    public static IColumn Tokens { get; } = new ThroughputColumn(Kind.Tokens);

    public static IColumn AllocatedPerToken { get; } = new ThroughputColumn(Kind.AllocatedPerToken);

    public string Id => "Throughput." + _kind;

    public string ColumnName => _kind switch
    {
        Kind.Size => "Input (UTF-16 KB)",
        Kind.MegabytesPerSecond => "MB/s",
        Kind.Tokens => "Tokens",
        _ => "Alloc/token (B)",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _kind switch
    {
        Kind.Size => "Input size in kilobytes of UTF-16 (chars × 2 / 1000)",
        Kind.MegabytesPerSecond => "Throughput: UTF-16 bytes (chars × 2) per second / 10^6, from the mean",
        Kind.Tokens => "Tokens the LetterTokenizer yields for the input",
        _ => "Allocated bytes per operation divided by the token count",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<Payload>().FirstOrDefault() is not { } payload)
        {
            return "-";
        }

        var report = summary[benchmarkCase];
        switch (_kind)
        {
            case Kind.Size:
                return (payload.Bytes / 1000.0).ToString("N1", style.CultureInfo);
            case Kind.Tokens:
                return payload.Tokens.ToString("N0", style.CultureInfo);
            case Kind.MegabytesPerSecond:
                double? meanNs = report?.ResultStatistics?.Mean;
                return meanNs is > 0 ? (payload.Bytes / (meanNs.Value / 1e9) / 1e6).ToString("N1", style.CultureInfo) : "NA";
            default:
                long? allocated = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
                return allocated is { } a && payload.Tokens > 0 ? ((double)a / payload.Tokens).ToString("N4", style.CultureInfo) : "NA";
        }
    }

    public override string ToString() => ColumnName;
}
