namespace ThaiGovDocs;

/// <summary>How much a diagnostic matters to someone reviewing the record.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the value is probably right.</summary>
    Info,

    /// <summary>The value is doubtful and should be reviewed.</summary>
    Warning,

    /// <summary>The value could not be read; the field was left empty.</summary>
    Error,
}
