using System.Diagnostics;
using System.Globalization;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Benchmarks.Ocr;

/// <summary>
/// <c>-- ocr-side-by-side [ROUNDS]</c>: the contenders of <see cref="OcrVersusCliBenchmarks"/> on memo-000's JPEG, round-robin in one
/// process: each round runs every contender once, so load from other processes falls on all of them alike. Reports the median and
/// best page time per contender and, for each pair, the median of the ratios taken within a round.
/// </summary>
internal static class OcrSideBySide
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        // The readers first: the first one sets OMP_THREAD_LIMIT before any native library (which decoding loads) is in.
        var pipeline = OcrBenchmarkInput.Options(ImagePipelineOptions.Default, OcrOptions.DefaultLanguages);
        using var defaultReader = new ScanReader(pipeline);
        using var oneModel = new ScanReader(pipeline with { LetterLanguages = null });
        using var noCleanup = new ScanReader(OcrBenchmarkInput.Options(ImagePipelineOptions.None, OcrOptions.DefaultLanguages) with { RepairLines = false, LetterLanguages = null });
        var image = OcrBenchmarkInput.ExtractMemoScan();
        using var page = ImageDecoder.Decode(image, File.ReadAllBytes(image), 100_000_000, null);
        var contenders = new (string Name, Func<object> Run)[]
        {
            ("CLI tha+eng", () => OcrBenchmarkInput.RunCli(image, "tha+eng")),
            ("CLI tha_gov", () => OcrBenchmarkInput.RunCli(image, "tha_gov")),
            ("CLI tha_gov+tha", () => OcrBenchmarkInput.RunCli(image, "tha_gov+tha")),
            ("default (tha_gov + letter pass)", () => defaultReader.Read(image).Text),
            ("one model (tha_gov)", () => oneModel.Read(image).Text),
            ("no clean-up, no repair (tha_gov)", () => noCleanup.Read(image).Text),
            ("clean-up alone (default steps)", () => OcrBenchmarkInput.CleanUp(page)),
        };

        // Model loading and JIT are one-offs, not per-page costs.
        foreach (var c in contenders) c.Run();

        var times = contenders.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                contenders[k].Run();
                times[k].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memo-000 JPEG, {rounds} rounds"));
        Console.WriteLine("  contender                           median ms    best ms");
        for (var k = 0; k < contenders.Length; k++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {contenders[k].Name,-34} {Median(times[k]),10:F0} {times[k].Min(),10:F0}"));
        }

        Console.WriteLine("  ratio (median of per-round ratios)");
        foreach (var (name, a, b) in new[]
        {
            ("default / CLI tha+eng", 3, 0), ("one model / CLI tha_gov", 4, 1), ("no clean-up / CLI tha_gov", 5, 1),
            ("default / CLI tha_gov+tha", 3, 2), ("clean-up / default", 6, 3), ("clean-up / one model", 6, 4),
        })
        {
            var ratios = times[a].Zip(times[b], (x, y) => x / y).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-34} {Median(ratios),10:F3}"));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
