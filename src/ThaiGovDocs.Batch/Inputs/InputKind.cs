namespace ThaiGovDocs.Batch.Inputs;

/// <summary>How an input is read.</summary>
public enum InputKind
{
    /// <summary>A text file, parsed in the batch process.</summary>
    Text,

    /// <summary>A scan (PDF or image), recognised in a worker process.</summary>
    Scan,
}
