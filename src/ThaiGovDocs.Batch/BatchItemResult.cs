namespace ThaiGovDocs.Batch;

/// <summary>The outcome for one input of a batch.</summary>
/// <param name="RelativePath">The input, relative to the input folder.</param>
/// <param name="Status">Done, skipped or failed.</param>
/// <param name="Sha256">Content hash; null when the file could not be read at all.</param>
/// <param name="Pages">Pages read (0 for text inputs and failures).</param>
/// <param name="Documents">Letters found.</param>
/// <param name="Elapsed">Time spent on it in this run.</param>
/// <param name="Failure">The failure kind, for failed inputs.</param>
/// <param name="Reason">The reason, for failed inputs.</param>
/// <param name="WorkerPeakBytes">Peak working set of the worker process that read it; 0 when read in process or skipped.</param>
public sealed record BatchItemResult(
    string RelativePath, BatchItemStatus Status, string? Sha256, int Pages, int Documents, TimeSpan Elapsed,
    FailureKind? Failure = null, string? Reason = null, long WorkerPeakBytes = 0);
