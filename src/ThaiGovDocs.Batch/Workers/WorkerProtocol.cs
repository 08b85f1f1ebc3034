using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;

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

    /// <summary>Clean-up steps for page images.</summary>
    public ImagePipelineOptions Pipeline { get; init; } = ImagePipelineOptions.Default;

    /// <summary>Read again lines that lost their marks or missed ink bands.</summary>
    public bool RepairLines { get; init; } = true;

    /// <summary>Extra Tesseract variables.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The pdftotext program for text layers.</summary>
    public string PdfToTextCommand { get; init; } = "pdftotext";

    /// <summary>The request that reads <paramref name="path"/> as <paramref name="ocr"/> says, in a worker.</summary>
    public static WorkerRequest For(string path, OcrOptions ocr, TimeSpan? timeout, string? searchablePdfPath)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        return new WorkerRequest
        {
            Path = path,
            Languages = ocr.Languages,
            TessdataPath = ocr.TessdataPath,
            PageSegmentationMode = ocr.PageSegmentationMode,
            UseTextLayer = ocr.UseTextLayer,
            MaxPixels = ocr.MaxPixels,
            MaxPages = ocr.MaxPages,
            MaxFileBytes = ocr.MaxFileBytes,
            TimeoutSeconds = timeout?.TotalSeconds,
            SearchablePdfPath = searchablePdfPath,
            Pipeline = ocr.Pipeline,
            RepairLines = ocr.RepairLines,
            Variables = ocr.Variables,
            PdfToTextCommand = ocr.PdfToTextCommand,
        };
    }

    /// <summary>The OCR options this request asks for: one engine (parallelism comes from the batch's workers), no hOCR or TSV.</summary>
    public OcrOptions ToOcrOptions() => new()
    {
        Languages = Languages,
        TessdataPath = TessdataPath,
        PageSegmentationMode = PageSegmentationMode,
        UseTextLayer = UseTextLayer,
        MaxPixels = MaxPixels,
        MaxPages = MaxPages,
        MaxFileBytes = MaxFileBytes,
        Timeout = TimeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
        Pipeline = Pipeline,
        RepairLines = RepairLines,
        Variables = Variables,
        PdfToTextCommand = PdfToTextCommand,
        MaxDegreeOfParallelism = 1,
        OmpThreadLimit = 1,
        IncludeHocr = false,
        IncludeTsv = false,
    };
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
