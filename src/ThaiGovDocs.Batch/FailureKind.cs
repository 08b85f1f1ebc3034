namespace ThaiGovDocs.Batch;

/// <summary>Why an input failed, as written in <c>errors.jsonl</c> (<c>kind</c>).</summary>
public enum FailureKind
{
    /// <summary>The input itself is bad: empty, truncated, mislabelled, malformed, encrypted, or over a limit.</summary>
    Input,

    /// <summary>Reading took longer than the per-file timeout; the worker was stopped.</summary>
    Timeout,

    /// <summary>The worker process died (e.g. a native crash).</summary>
    Crash,

    /// <summary>The worker ran out of memory or went over the memory limit.</summary>
    Memory,

    /// <summary>A native library or model is missing.</summary>
    Dependency,

    /// <summary>An unexpected error (a bug): the message says what.</summary>
    Internal,
}
