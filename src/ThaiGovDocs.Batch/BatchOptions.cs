using ThaiGovDocs.Batch.Inputs;
using ThaiGovDocs.Batch.Workers;
using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Batch;

/// <summary>What a batch reads, where it writes, and its limits. Defaults are safe for unattended runs.</summary>
public sealed record BatchOptions
{
    /// <summary>The folder of letters, searched recursively.</summary>
    public required string InputDirectory { get; init; }

    /// <summary>The folder for outputs (per-file outputs mirror the input paths).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Inputs read at once (one worker process each).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>The part of the inputs this run reads.</summary>
    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>Per-file outputs besides the JSON record.</summary>
    public BatchFormats Formats { get; init; } = BatchFormats.Json | BatchFormats.Text;

    /// <summary>Time allowed per input; the worker is stopped when it runs out. Null: no limit.</summary>
    public TimeSpan? FileTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory allowed per worker process (working set), in bytes; the worker is stopped above it. 0: no limit.</summary>
    public long WorkerMemoryLimitBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>How scans are read: languages, models and the pixel, page and size limits (<see cref="OcrOptions.MaxPixels"/>, <see cref="OcrOptions.MaxPages"/>).</summary>
    public OcrOptions Ocr { get; init; } = new() { MaxPages = 300 };

    /// <summary>The worker process to recognise scans in; null reads scans in this process (no crash isolation, no memory limit).</summary>
    public WorkerCommand? Worker { get; init; }
}
