using System.Diagnostics;
using System.Text.Json.Nodes;
using ThaiGovDocs.Batch.Inputs;
using ThaiGovDocs.Batch.Outputs;
using ThaiGovDocs.Batch.Workers;

namespace ThaiGovDocs.Batch;

/// <summary>Takes one input from hash to written outputs: skip if done, read (in a worker for scans), write text and PDF, then the JSON last.</summary>
internal sealed class ItemProcessor(BatchOptions options, OutputLayout layout)
{
    public async Task<BatchItemResult> ProcessAsync(BatchInput input, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        string? hash = null;
        try
        {
            hash = await ContentHash.ComputeAsync(input.FullPath, ct).ConfigureAwait(false);
            if (AlreadyDone(input, hash) is { } previous)
            {
                return new BatchItemResult(input.RelativePath, BatchItemStatus.Skipped, hash, previous.Pages, previous.Documents, clock.Elapsed);
            }

            var pdfTemp = input.Kind == InputKind.Scan && options.Formats.HasFlag(BatchFormats.Pdf) ? layout.NewTempPath(".pdf") : null;
            var (output, peak) = await ReadAsync(input, pdfTemp, ct).ConfigureAwait(false);
            var documents = Write(input, hash, output);
            return new BatchItemResult(input.RelativePath, BatchItemStatus.Done, hash, output.Pages, documents, clock.Elapsed, WorkerPeakBytes: peak);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One input's failure, whatever it is, is recorded and the batch goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var (kind, reason) = FailureClassifier.Classify(e);
            return new BatchItemResult(input.RelativePath, BatchItemStatus.Failed, hash, 0, 0, clock.Elapsed, kind, reason.Replace(input.FullPath, input.RelativePath, StringComparison.Ordinal));
        }
    }

    private async Task<(RecognitionOutput Output, long Peak)> ReadAsync(BatchInput input, string? pdfTemp, CancellationToken ct)
    {
        if (input.Kind == InputKind.Text || options.Worker is null)
        {
            return await Task.Run(() => (LetterReader.Read(input.FullPath, WorkerOcrOptions(), pdfTemp, ct), 0L), ct).ConfigureAwait(false);
        }

        var ocr = options.Ocr;
        var request = WorkerRequest.For(input.FullPath, ocr, options.FileTimeout, pdfTemp);
        return await WorkerProcess.RunAsync(options.Worker, request, options.FileTimeout, options.WorkerMemoryLimitBytes, ct).ConfigureAwait(false);
    }

    private Ocr.OcrOptions WorkerOcrOptions() => options.Ocr with
    {
        Timeout = options.FileTimeout,
        MaxDegreeOfParallelism = 1,
        IncludeHocr = false,
        IncludeTsv = false,
    };

    /// <summary>Writes text and PDF first and the JSON record last: the record's presence with this hash is what marks the input done.</summary>
    private int Write(BatchInput input, string hash, RecognitionOutput output)
    {
        if (options.Formats.HasFlag(BatchFormats.Text))
        {
            var text = output.Text.EndsWith('\n') ? output.Text : output.Text + "\n";
            AtomicWriter.WriteText(layout.Text(input), text, layout.NewTempPath(".txt"));
        }

        if (output.SearchablePdf is { } pdf && File.Exists(pdf)) AtomicWriter.MoveInto(pdf, layout.Pdf(input));

        var provenance = new Provenance(input.RelativePath, hash, output.TextSource, ToolVersion.Current, output.Pages,
            output.OcrConfidence is { } c ? MathF.Round(c, 3) : null);
        var record = FileRecord.Compose(output.ContractJson, provenance);
        AtomicWriter.WriteText(layout.Json(input), record, layout.NewTempPath(".json"));
        return (JsonNode.Parse(output.ContractJson)?["documents"] as JsonArray)?.Count ?? 0;
    }

    /// <summary>The earlier record of this exact content, when every requested output of it is present.</summary>
    private (int Pages, int Documents)? AlreadyDone(BatchInput input, string hash)
    {
        var record = FileRecord.TryRead(layout.Json(input));
        if (record is null || FileRecord.ProvenanceOf(record) is not { } provenance || provenance.Sha256 != hash) return null;
        if (options.Formats.HasFlag(BatchFormats.Text) && !File.Exists(layout.Text(input))) return null;
        // A scan that has page images gets a searchable PDF when one is asked for; an earlier run without it is redone.
        if (options.Formats.HasFlag(BatchFormats.Pdf) && input.Kind == InputKind.Scan && provenance.Pages > 0 && !File.Exists(layout.Pdf(input))) return null;
        return (provenance.Pages, (record["documents"] as JsonArray)?.Count ?? 0);
    }
}
