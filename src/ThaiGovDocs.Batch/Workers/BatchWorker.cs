using System.Diagnostics;
using System.Text.Json;
using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Batch.Workers;

/// <summary>The worker side of the batch: reads one request line, reads that input, writes one response line.</summary>
/// <remarks>Meant to run in its own process (the CLI's hidden <c>worker</c> command) so a native crash, hang or runaway allocation costs one input, not the batch.</remarks>
public static class BatchWorker
{
    /// <summary>Exit code when the batch process went away (standard input closed) before the worker finished.</summary>
    public const int ParentGoneExitCode = 70;

    /// <summary>Serves one request from <paramref name="input"/>, answering on <paramref name="output"/>; exits the process if <paramref name="input"/> closes early.</summary>
    /// <returns>0 when a response was written (success or a recorded failure), 2 when the request was unreadable.</returns>
    public static int Run(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var line = input.ReadLine();
        var request = string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize(line, BatchJsonContext.Default.WorkerRequest);
        if (request is null) return 2;

        // The batch keeps our standard input open until it has our answer: end of input means it was killed, so stop too.
        var watcher = new Thread(() => WatchParent(input)) { IsBackground = true, Name = "parent watch" };
        watcher.Start();

        WorkerResponse response;
        try
        {
            var output1 = LetterReader.Read(request.Path, request.ToOcrOptions(), request.SearchablePdfPath, CancellationToken.None);
            response = new WorkerResponse { Output = output1 };
        }
#pragma warning disable CA1031 // Every failure becomes a recorded reason; the batch moves on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var (kind, reason) = FailureClassifier.Classify(e);
            response = new WorkerResponse { FailureKind = kind, Reason = reason };
        }

        using var self = Process.GetCurrentProcess();
        response = response with { PeakWorkingSetBytes = self.PeakWorkingSet64 };
        output.WriteLine(JsonSerializer.Serialize(response, BatchJsonContext.Default.WorkerResponse));
        output.Flush();
        return 0;
    }

    private static void WatchParent(TextReader input)
    {
        try
        {
            while (input.Read() != -1)
            {
            }
        }
        catch (IOException)
        {
        }

        Environment.Exit(ParentGoneExitCode);
    }
}
