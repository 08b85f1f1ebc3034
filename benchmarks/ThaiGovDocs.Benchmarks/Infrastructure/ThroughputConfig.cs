using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ThaiGovDocs.Benchmarks.Infrastructure;

/// <summary>
/// Two launches of 5 warm-ups and 15 iterations each, plus the throughput columns. ShortRun (1 launch, 3 iterations) left
/// error bars as wide as the means on this shared 2-core machine even when it was idle, so a ratio from it could land
/// anywhere between 17× and 23× for the same build; <c>BENCH_SHORT=1</c> keeps ShortRun for quick looks.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Environment.GetEnvironmentVariable("BENCH_SHORT") == "1"
            ? Job.ShortRun
            : Job.Default.WithLaunchCount(2).WithWarmupCount(5).WithIterationCount(15).WithId("Steady"));
        AddColumn(ThroughputColumn.Size, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.Tokens, ThroughputColumn.AllocatedPerToken);
    }
}
