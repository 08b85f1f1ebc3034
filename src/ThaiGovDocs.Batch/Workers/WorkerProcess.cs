using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ThaiGovDocs.Batch.Workers;

/// <summary>Runs one request in a fresh worker process, watching its time and memory; a crash, hang or runaway becomes a <see cref="ReadFailedException"/>.</summary>
internal static class WorkerProcess
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Extra time past the cooperative timeout before the process is killed.</summary>
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(3);

    public static async Task<(RecognitionOutput Output, long PeakBytes)> RunAsync(
        WorkerCommand command, WorkerRequest request, TimeSpan? timeout, long memoryLimitBytes, CancellationToken ct)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in command.Arguments) start.ArgumentList.Add(argument);
        if (memoryLimitBytes > 0)
        {
            // The managed heap gets at most three quarters of the budget; native memory is watched from here.
            start.Environment["DOTNET_GCHeapHardLimit"] = (memoryLimitBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        }

        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = Process.Start(start) ?? throw new ReadFailedException(FailureKind.Internal, $"could not start the worker {command.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(request, BatchJsonContext.Default.WorkerRequest)).ConfigureAwait(false);
            await process.StandardInput.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The worker died before reading its request: its exit status says how, below.
        }

        var clock = Stopwatch.StartNew();
        long peak = 0;
        string? killedFor = null;
        FailureKind killedKind = FailureKind.Internal;
        try
        {
            while (!process.HasExited)
            {
                await Task.WhenAny(process.WaitForExitAsync(CancellationToken.None), Task.Delay(PollInterval, CancellationToken.None)).ConfigureAwait(false);
                if (process.HasExited) break;
                peak = Math.Max(peak, WorkingSet(process));
                if (ct.IsCancellationRequested)
                {
                    Kill(process);
                    ct.ThrowIfCancellationRequested();
                }

                if (memoryLimitBytes > 0 && peak > memoryLimitBytes)
                {
                    killedKind = FailureKind.Memory;
                    killedFor = $"out of memory: the worker used {Mb(peak)} MB, over the limit of {Mb(memoryLimitBytes)} MB (--max-memory); it was stopped";
                    Kill(process);
                    break;
                }

                if (timeout is { } t && clock.Elapsed > t + KillGrace)
                {
                    killedKind = FailureKind.Timeout;
                    killedFor = $"timed out: reading did not finish within {t.TotalSeconds:0.#} s (--timeout); the worker was stopped";
                    Kill(process);
                    break;
                }
            }

            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            CloseQuietly(process.StandardInput);
        }

        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (killedFor is not null) throw new ReadFailedException(killedKind, $"{request.Path}: {killedFor}");

        var response = LastResponse(output);
        if (response is null)
        {
            throw new ReadFailedException(ExitKind(process.ExitCode, errors), $"{request.Path}: {DescribeExit(process.ExitCode)}{LastLine(errors)}");
        }

        peak = Math.Max(peak, response.PeakWorkingSetBytes);
        if (response.Output is { } result) return (result, peak);
        throw new ReadFailedException(response.FailureKind ?? FailureKind.Internal, response.Reason ?? $"{request.Path}: the worker gave no reason");
    }

    private static WorkerResponse? LastResponse(string output)
    {
        // Native libraries may print to standard output too: the response is the last line that parses.
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse())
        {
            if (!line.StartsWith('{')) continue;
            try
            {
                return JsonSerializer.Deserialize(line, BatchJsonContext.Default.WorkerResponse);
            }
            catch (JsonException)
            {
            }
        }

        return null;
    }

    private static FailureKind ExitKind(int exitCode, string errors) =>
        errors.Contains("OutOfMemory", StringComparison.Ordinal) || errors.Contains("out of memory", StringComparison.OrdinalIgnoreCase) ? FailureKind.Memory
        : FailureKind.Crash;

    private static string DescribeExit(int exitCode) => exitCode switch
    {
        > 128 and < 160 => $"the worker crashed (signal {SignalName(exitCode - 128)}, exit code {exitCode}) without an answer",
        _ => $"the worker exited with code {exitCode} without an answer",
    };

    private static string SignalName(int signal) => signal switch
    {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => signal.ToString(CultureInfo.InvariantCulture),
    };

    private static string LastLine(string errors)
    {
        var last = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return string.IsNullOrEmpty(last) ? "" : "; its last message: " + (last.Length > 300 ? last[..300] : last);
    }

    private static long WorkingSet(Process process)
    {
        try
        {
            process.Refresh();
            return process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static void CloseQuietly(StreamWriter input)
    {
        try
        {
            input.Close();
        }
        catch (IOException)
        {
            // Broken pipe: the worker is gone already.
        }
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
