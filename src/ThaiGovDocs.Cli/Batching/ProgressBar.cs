using System.Globalization;
using Spectre.Console;
using ThaiGovDocs.Batch;

namespace ThaiGovDocs.Cli.Batching;

/// <summary>A Spectre.Console progress bar with pages/s and ETA, for an interactive terminal.</summary>
internal static class ProgressBar
{
    public static async Task<List<BatchItemResult>> RunAsync(Func<IProgress<BatchProgress>, IAsyncEnumerable<BatchItemResult>> run)
    {
        var results = new List<BatchItemResult>();
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                var progress = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Completed;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{p.Completed}/{p.Total} files, {p.Failed} failed, {p.PagesPerSecond:0.00} pages/s, ETA {(p.Remaining is { } t ? t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--:--:--")}");
                });
                await foreach (var result in run(progress).ConfigureAwait(false)) results.Add(result);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return results;
    }
}

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
internal sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value) => report(value);
}
