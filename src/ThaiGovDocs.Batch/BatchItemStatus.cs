namespace ThaiGovDocs.Batch;

/// <summary>What happened to one input.</summary>
public enum BatchItemStatus
{
    /// <summary>Read and written.</summary>
    Done,

    /// <summary>Already done by an earlier run (outputs exist for the same content hash).</summary>
    Skipped,

    /// <summary>Could not be read; the reason is in errors.jsonl.</summary>
    Failed,
}
