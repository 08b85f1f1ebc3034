namespace ThaiGovDocs.Batch;

/// <summary>A snapshot of a running batch.</summary>
/// <param name="Total">Inputs in this run (this shard).</param>
/// <param name="Done">Inputs read and written.</param>
/// <param name="Skipped">Inputs already done by an earlier run.</param>
/// <param name="Failed">Inputs that failed.</param>
/// <param name="Pages">Pages recognised in this run.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Last">The input just finished.</param>
public sealed record BatchProgress(int Total, int Done, int Skipped, int Failed, int Pages, TimeSpan Elapsed, BatchItemResult? Last)
{
    /// <summary>Inputs finished in any way.</summary>
    public int Completed => Done + Skipped + Failed;

    /// <summary>Pages recognised per second of this run.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left, from the pace of inputs actually read (skips are near free); null until one is read.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            var worked = Done + Failed;
            if (worked == 0) return null;
            return TimeSpan.FromSeconds(Elapsed.TotalSeconds / worked * (Total - Completed));
        }
    }
}
