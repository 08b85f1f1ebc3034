using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ThaiGovDocs.Benchmarks.Infrastructure;

/// <summary>Short run (3 warm-ups, 3 iterations) so a whole run fits in minutes on a busy 2-core box; adds the throughput columns.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.ShortRun);
        AddColumn(ThroughputColumn.Size, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.Tokens, ThroughputColumn.AllocatedPerToken);
    }
}
