namespace ThaiGovDocs.Batch.Workers;

/// <summary>One line of JSON on a worker's standard input: the input to read and the limits to read it with.</summary>
public sealed record WorkerRequest
{
    /// <summary>Absolute path of the input.</summary>
    public required string Path { get; init; }

    /// <summary>Tesseract languages.</summary>
    public string Languages { get; init; } = ThaiGovDocs.Ocr.OcrOptions.DefaultLanguages;

    /// <summary>Model folder, or null to search.</summary>
    public string? TessdataPath { get; init; }

    /// <summary>Page segmentation mode.</summary>
    public int PageSegmentationMode { get; init; } = 3;

    /// <summary>Use PDF text layers.</summary>
    public bool UseTextLayer { get; init; }

    /// <summary>Largest page in pixels.</summary>
    public int MaxPixels { get; init; }

    /// <summary>Most pages per file.</summary>
    public int MaxPages { get; init; }

    /// <summary>Largest file in bytes.</summary>
    public long MaxFileBytes { get; init; }

    /// <summary>Seconds allowed (cooperative; the batch also stops the process).</summary>
    public double? TimeoutSeconds { get; init; }

    /// <summary>Where to write the searchable PDF, or null for none.</summary>
    public string? SearchablePdfPath { get; init; }
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
