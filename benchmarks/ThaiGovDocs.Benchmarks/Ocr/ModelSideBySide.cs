using System.Diagnostics;
using System.Globalization;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Benchmarks.Ocr;

/// <summary>
/// <c>-- model-side-by-side [ROUNDS]</c>: page time with the project's models against stock <c>tha+eng</c>, the rest of the reading the
/// same. On each page our pipeline runs three ways (default: <c>tha_gov</c> with the stock-<c>tha</c> letter pass on the lines whose
/// words <c>tha_gov</c> was not sure of, <see cref="OcrOptions.LetterPassSureWordConfidence"/>; <c>tha_gov</c> alone; stock
/// <c>tha+eng</c>, which needs no letter pass) and the tesseract CLI two (<c>tha_gov</c>, <c>tha+eng</c>), round-robin in one process so
/// that load from other processes falls on all of them alike. Reports, per page and over all pages, the median of the ratios taken
/// within a round, by the clock and by this process's CPU time. More contenders measure the letter pass on every line (the default
/// before session 7), gated at 0.85, and reading only the unsure stretches of lines (<see cref="OcrOptions.LetterPassContext"/> 0 and 1).
/// </summary>
/// <remarks>Pages: memo-000's 200-dpi colour scan, and the committed held-out-font page and degraded letter of testdata/pages.</remarks>
internal static class ModelSideBySide
{
    private static readonly string[] CommittedPages = ["heldout-norasi-clean.png", "letter-external-degraded.jpg"];

    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        // The readers first: the first one sets OMP_THREAD_LIMIT before any native library is in.
        var options = OcrBenchmarkInput.Options(ImagePipelineOptions.Default, OcrOptions.DefaultLanguages);
        using var defaultReader = new ScanReader(options);
        using var modelAlone = new ScanReader(options with { LetterLanguages = null });
        using var stock = new ScanReader(options with { Languages = "tha+eng" });
        using var gate85 = new ScanReader(options with { LetterPassSureWordConfidence = 0.85f });
        using var everyLine = new ScanReader(options with { LetterPassSureWordConfidence = null });
        using var spans0 = new ScanReader(options with { LetterPassContext = 0 });
        using var spans1 = new ScanReader(options with { LetterPassContext = 1 });
        var pages = CommittedPages.Select(p => Path.Combine(OcrBenchmarkInput.RepoRoot, "testdata", "pages", p)).Prepend(OcrBenchmarkInput.ExtractMemoScan()).ToArray();
        var contenders = new (string Name, Func<string, object> Run)[]
        {
            ("pipeline, default (tha_gov + gated tha)", p => defaultReader.Read(p).Text),
            ("pipeline, tha_gov alone", p => modelAlone.Read(p).Text),
            ("pipeline, stock tha+eng", p => stock.Read(p).Text),
            ("CLI tha_gov", p => OcrBenchmarkInput.RunCli(p, "tha_gov")),
            ("CLI tha+eng", p => OcrBenchmarkInput.RunCli(p, "tha+eng")),
            ("pipeline, letter gate 0.85", p => gate85.Read(p).Text),
            ("pipeline, letter pass every line", p => everyLine.Read(p).Text),
            ("pipeline, letter spans, context 0", p => spans0.Read(p).Text),
            ("pipeline, letter spans, context 1", p => spans1.Read(p).Text),
        };
        (string Name, int Ours, int Stock)[] pairs =
        [
            ("pipeline default / pipeline stock", 0, 2), ("pipeline tha_gov / pipeline stock", 1, 2), ("CLI tha_gov / CLI tha+eng", 3, 4),
            ("pipeline gate 0.85 / pipeline stock", 5, 2), ("pipeline every line / pipeline stock", 6, 2),
            ("pipeline spans 0 / pipeline stock", 7, 2), ("pipeline spans 1 / pipeline stock", 8, 2),
        ];

        // Model loading and JIT are one-offs, not per-page costs.
        foreach (var page in pages)
        {
            foreach (var c in contenders) c.Run(page);
        }

        var times = new List<double>[pages.Length, contenders.Length];
        var cpu = new List<double>[pages.Length, contenders.Length];
        for (var p = 0; p < pages.Length; p++)
        {
            for (var k = 0; k < contenders.Length; k++) (times[p, k], cpu[p, k]) = ([], []);
        }

        using var self = Process.GetCurrentProcess();

        for (var round = 0; round < rounds; round++)
        {
            for (var p = 0; p < pages.Length; p++)
            {
                for (var k = 0; k < contenders.Length; k++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    self.Refresh();
                    var cpuBefore = self.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    contenders[k].Run(pages[p]);
                    times[p, k].Add(watch.Elapsed.TotalMilliseconds);
                    self.Refresh();
                    cpu[p, k].Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds; median ms per page, then median of per-round ratios"));
        Report(pages, contenders.Select(c => c.Name).ToArray(), pairs, times);
        // This process's CPU time does not count the time the other processes of a loaded machine take from it: steadier
        // ratios of the in-process contenders (not of the CLI's, which run in a child process).
        Console.WriteLine("process CPU time (in-process contenders only)");
        Report(pages, contenders.Select(c => c.Name).ToArray(), pairs.Where(pair => !pair.Name.StartsWith("CLI", StringComparison.Ordinal)).ToArray(), cpu);
        return 0;
    }

    private static void Report(string[] pages, string[] contenders, (string Name, int Ours, int Stock)[] pairs, List<double>[,] times)
    {
        var pooled = pairs.Select(_ => new List<double>()).ToArray();
        for (var p = 0; p < pages.Length; p++)
        {
            Console.WriteLine(Path.GetFileName(pages[p]));
            for (var k = 0; k < contenders.Length; k++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {contenders[k],-36} {Median(times[p, k]),8:F0} ms"));
            }

            for (var i = 0; i < pairs.Length; i++)
            {
                var ratios = times[p, pairs[i].Ours].Zip(times[p, pairs[i].Stock], (a, b) => a / b).ToList();
                pooled[i].AddRange(ratios);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pairs[i].Name,-36} {Median(ratios),8:F3}"));
            }
        }

        Console.WriteLine("all pages");
        for (var i = 0; i < pairs.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pairs[i].Name,-36} {Median(pooled[i]),8:F3}"));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
