using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Batch.Workers;

/// <summary>Turns what reading an input threw into a failure kind and a one-line reason.</summary>
internal static class FailureClassifier
{
    public static (FailureKind Kind, string Reason) Classify(Exception e) => e switch
    {
        ReadFailedException r => (r.Kind, OneLine(r.Message)),
        OcrInputException or InvalidDataException or NotSupportedException or FileNotFoundException or DirectoryNotFoundException
            or UnauthorizedAccessException or IOException => (FailureKind.Input, OneLine(e.Message)),
        TimeoutException => (FailureKind.Timeout, OneLine(e.Message)),
        NativeDependencyException => (FailureKind.Dependency, OneLine(e.Message)),
        OutOfMemoryException or InsufficientMemoryException => (FailureKind.Memory, "out of memory: " + OneLine(e.Message)),
        _ => (FailureKind.Internal, $"{e.GetType().Name}: {OneLine(e.Message)}"),
    };

    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
