namespace ThaiGovDocs.Batch.Workers;

/// <summary>Reading one input failed for a reason the batch records and moves past.</summary>
public sealed class ReadFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReadFailedException() : this(FailureKind.Internal, "reading failed") { }

    /// <summary>Creates the exception with a message.</summary>
    public ReadFailedException(string message) : this(FailureKind.Internal, message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ReadFailedException(string message, Exception innerException) : base(message, innerException) => Kind = FailureKind.Internal;

    /// <summary>Creates the exception for a failure of <paramref name="kind"/>.</summary>
    public ReadFailedException(FailureKind kind, string message, Exception? innerException = null) : base(message, innerException) => Kind = kind;

    /// <summary>What kind of failure.</summary>
    public FailureKind Kind { get; }
}
