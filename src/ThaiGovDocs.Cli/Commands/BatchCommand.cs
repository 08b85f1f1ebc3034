using System.CommandLine;
using System.Globalization;
using ThaiGovDocs.Batch;
using ThaiGovDocs.Batch.Inputs;
using ThaiGovDocs.Cli.Batching;
using BatchWorkerCommand = ThaiGovDocs.Batch.Workers.WorkerCommand;

namespace ThaiGovDocs.Cli.Commands;

/// <summary><c>thaigovdocs batch IN_DIR OUT_DIR</c>: reads a folder of letters into records, text, searchable PDFs, a registry and JSONL, resumably.</summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<DirectoryInfo>("in-dir") { Description = "Folder of letters, searched recursively (.pdf, .tif/.tiff, .png, .jpg/.jpeg, .bmp, .webp, .txt)." };
        var outputDir = new Argument<DirectoryInfo>("out-dir") { Description = "Folder for the outputs; per-file outputs mirror the input paths." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Inputs read at once, one worker process each.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "Read only shard K of N (0-based, e.g. 0/4): inputs are split by a hash of their relative path, so N machines can share a folder." };
        var formats = new Option<string>("--formats") { Description = "Per-file outputs: json (always), text, pdf (searchable PDF of scans).", DefaultValueFactory = _ => "json,text" };
        var maxPixels = new Option<int>("--max-pixels") { Description = "Largest page accepted, in pixels (width x height), checked before decoding.", DefaultValueFactory = _ => 100_000_000 };
        var maxPages = new Option<int>("--max-pages") { Description = "Most pages accepted in one file.", DefaultValueFactory = _ => 300 };
        var maxMemory = new Option<int>("--max-memory") { Description = "Memory per worker process, in MB; a worker above it is stopped and its input marked failed (0: no limit).", DefaultValueFactory = _ => 1024 };
        var ocr = OcrOptionSet.Create();

        var command = new Command("batch", "Read every letter in a folder: per-file JSON (with provenance) and text, registry.csv (ทะเบียนหนังสือรับ), documents.jsonl, errors.jsonl. Reruns skip finished inputs.");
        command.Arguments.Add(input);
        command.Arguments.Add(outputDir);
        command.Options.Add(jobs);
        command.Options.Add(shard);
        command.Options.Add(formats);
        ocr.AddTo(command);
        command.Options.Add(maxPixels);
        command.Options.Add(maxPages);
        command.Options.Add(maxMemory);
        command.SetAction(async (parse, ct) =>
        {
            BatchOptions options;
            try
            {
                var ocrOptions = ocr.Build(parse);
                options = new BatchOptions
                {
                    InputDirectory = parse.GetRequiredValue(input).FullName,
                    OutputDirectory = parse.GetRequiredValue(outputDir).FullName,
                    Jobs = parse.GetValue(jobs) >= 1 ? parse.GetValue(jobs) : throw new FormatException("--jobs must be at least 1"),
                    Shard = parse.GetValue(shard) is { } s ? ShardSpec.Parse(s) : ShardSpec.All,
                    Formats = FormatList.Parse(parse.GetValue(formats) ?? "json"),
                    FileTimeout = ocrOptions.Timeout,
                    WorkerMemoryLimitBytes = parse.GetValue(maxMemory) * 1024L * 1024,
                    Ocr = ocrOptions with { MaxPixels = parse.GetValue(maxPixels), MaxPages = parse.GetValue(maxPages) },
                    Worker = BatchWorkerCommand.ForCurrentProcess("worker"),
                };
            }
            catch (FormatException e)
            {
                error.WriteLine($"thaigovdocs: error: {e.Message}");
                return ExitCodes.Usage;
            }

            return await ExecuteAsync(options, output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(BatchOptions options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        List<BatchItemResult> results;
        try
        {
            if (IsTerminal(output))
            {
                results = await ProgressBar.RunAsync(progress => BatchRunner.RunAsync(options, progress, null, ct)).ConfigureAwait(false);
            }
            else
            {
                results = [];
                var progress = new SynchronousProgress(p => { output.WriteLine(PlainProgress.Line(p)); output.Flush(); });
                await foreach (var result in BatchRunner.RunAsync(options, progress, null, ct).ConfigureAwait(false)) results.Add(result);
            }
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("thaigovdocs: batch interrupted; run the same command again to resume.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"thaigovdocs: error: {e.Message}");
            return ExitCodes.Failure;
        }

        int failed = results.Count(r => r.Status == BatchItemStatus.Failed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch: {results.Count(r => r.Status == BatchItemStatus.Done)} done, {results.Count(r => r.Status == BatchItemStatus.Skipped)} skipped, {failed} failed, {results.Sum(r => r.Pages)} pages; outputs in {options.OutputDirectory}"));
        if (failed > 0) error.WriteLine($"thaigovdocs: {failed} input(s) failed; reasons in {Path.Combine(options.OutputDirectory, options.Shard.IsPartial ? $"errors.{options.Shard}.jsonl" : "errors.jsonl")}");
        return failed > 0 ? ExitCodes.CompletedWithFailures : ExitCodes.Success;
    }

    private static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive;
}
