namespace ThaiGovDocs.Ocr;

/// <summary>An input file cannot be read as a scan: empty, truncated, of an unsupported or mislabelled format, malformed, or over a size limit.</summary>
public sealed class OcrInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OcrInputException() : base("The input is not a readable scan.") { }

    /// <summary>Creates the exception with a message.</summary>
    public OcrInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public OcrInputException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for <paramref name="path"/>; the message names the file, the page when known, and the reason.</summary>
    public OcrInputException(string path, string reason, int? page = null, Exception? innerException = null)
        : base(Format(path, reason, page), innerException)
    {
        Path = path;
        Reason = reason;
        Page = page;
    }

    /// <summary>The file that could not be read.</summary>
    public string? Path { get; }

    /// <summary>Why the file could not be read.</summary>
    public string? Reason { get; }

    /// <summary>The 1-based page the problem was found on, when it concerns one page.</summary>
    public int? Page { get; }

    private static string Format(string path, string reason, int? page) =>
        page is { } p ? $"{path} (page {p}): {reason}" : $"{path}: {reason}";
}
