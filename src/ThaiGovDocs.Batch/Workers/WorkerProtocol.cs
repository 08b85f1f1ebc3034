using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Batch.Workers;

/// <summary>One line of JSON on a worker's standard input: the input to read and the limits to read it with.</summary>
public sealed record WorkerRequest
{
    /// <summary>Absolute path of the input.</summary>
    public required string Path { get; init; }

    /// <summary>How to read it: the batch's OCR settings, with the batch's per-file timeout (cooperative; the batch also stops the process).</summary>
    public required OcrOptions Ocr { get; init; }

    /// <summary>Where to write the searchable PDF, or null for none.</summary>
    public string? SearchablePdfPath { get; init; }

    /// <summary>The request that reads <paramref name="path"/> as <paramref name="ocr"/> says, in a worker.</summary>
    public static WorkerRequest For(string path, OcrOptions ocr, TimeSpan? timeout, string? searchablePdfPath)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        return new WorkerRequest { Path = path, Ocr = ocr with { Timeout = timeout }, SearchablePdfPath = searchablePdfPath };
    }

    /// <summary>The OCR options this request asks for: one engine (parallelism comes from the batch's workers), no hOCR or TSV.</summary>
    public OcrOptions ToOcrOptions() => Ocr with { MaxDegreeOfParallelism = 1, OmpThreadLimit = 1, IncludeHocr = false, IncludeTsv = false };
}

/// <summary>One line of JSON on a worker's standard output: the result or the failure.</summary>
public sealed record WorkerResponse
{
    /// <summary>The output when reading succeeded.</summary>
    public RecognitionOutput? Output { get; init; }

    /// <summary>The failure kind when it did not.</summary>
    public FailureKind? FailureKind { get; init; }

    /// <summary>The failure reason.</summary>
    public string? Reason { get; init; }

    /// <summary>The worker's peak working set (VmHWM on Linux), in bytes.</summary>
    public long PeakWorkingSetBytes { get; init; }
}
