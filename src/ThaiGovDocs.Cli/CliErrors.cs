using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Cli;

/// <summary>Which exceptions are a bad or unreadable input (reported in one line, exit 1) rather than a bug.</summary>
internal static class CliErrors
{
    public static bool IsInputError(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException
            or OcrInputException or NativeDependencyException or TimeoutException;

    /// <summary>The message, naming the file: messages from the runtime don't always.</summary>
    public static string Describe(Exception e, string path)
    {
        // A missing native library lists every path tried, one per line: keep those lines.
        var message = e is NativeDependencyException ? e.Message : e.Message.ReplaceLineEndings(" ");
        return message.Contains(path, StringComparison.Ordinal) ? message : $"{path}: {message}";
    }
}
