using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ThaiGovDocs.Batch.Inputs;
using ThaiGovDocs.Batch.Outputs;
using ThaiGovDocs.Batch.Registry;

namespace ThaiGovDocs.Batch;

/// <summary>Runs a batch: every input of the folder (or shard) to records, text and PDFs, then the run's registry, documents and errors files.</summary>
public static partial class BatchRunner
{
    /// <summary>Reads the inputs of <paramref name="options"/>, yielding each outcome as it finishes (in completion order).</summary>
    /// <remarks>
    /// Inputs already done for the same content are skipped. When the last input is yielded, the registry CSV and the
    /// documents and errors JSONL are rebuilt from the per-file records before the enumeration completes; stopping
    /// early (or cancelling) leaves the per-file outputs written so far, and a rerun resumes.
    /// </remarks>
    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    public static async IAsyncEnumerable<BatchItemResult> RunAsync(
        BatchOptions options, IProgress<BatchProgress>? progress = null, ILogger? logger = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        if (!Directory.Exists(options.InputDirectory)) throw new DirectoryNotFoundException($"{options.InputDirectory}: input folder not found");
        if (options.Jobs < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Jobs, "Jobs must be at least 1");

        var layout = new OutputLayout(options.OutputDirectory, options.Shard);
        Directory.CreateDirectory(layout.Root);
        layout.ResetTemp();
        var inputs = InputScanner.Find(options.InputDirectory, options.OutputDirectory, options.Shard);
        LogStart(logger, inputs.Count, options.Shard, options.Jobs);

        var processor = new ItemProcessor(options, layout);
        var channel = Channel.CreateUnbounded<BatchItemResult>(new UnboundedChannelOptions { SingleReader = true });
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = ct };
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(inputs, parallel, async (input, token) =>
                    channel.Writer.TryWrite(await processor.ProcessAsync(input, token).ConfigureAwait(false))).ConfigureAwait(false);
                channel.Writer.TryComplete();
            }
#pragma warning disable CA1031 // Handed to the reader, which rethrows it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                channel.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        var results = new Dictionary<string, BatchItemResult>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        int done = 0, skipped = 0, failed = 0, pages = 0;
        await foreach (var result in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            results[result.RelativePath] = result;
            switch (result.Status)
            {
                case BatchItemStatus.Done: done++; pages += result.Pages; break;
                case BatchItemStatus.Skipped: skipped++; break;
                default: failed++; LogFailure(logger, result.RelativePath, result.Reason ?? ""); break;
            }

            progress?.Report(new BatchProgress(inputs.Count, done, skipped, failed, pages, clock.Elapsed, result));
            yield return result;
        }

        await producer.ConfigureAwait(false);
        RunIndex.Write(layout, inputs, results);
        layout.RemoveTemp();
        LogEnd(logger, done, skipped, failed, pages, clock.Elapsed.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "batch: {Count} inputs in {Shard}, {Jobs} at a time")]
    private static partial void LogStart(ILogger logger, int count, ShardSpec shard, int jobs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "batch: {File} failed: {Reason}")]
    private static partial void LogFailure(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "batch: {Done} done, {Skipped} skipped, {Failed} failed, {Pages} pages in {Seconds:0.0} s")]
    private static partial void LogEnd(ILogger logger, int done, int skipped, int failed, int pages, double seconds);
}
