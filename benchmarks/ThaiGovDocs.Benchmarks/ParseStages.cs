using System.Diagnostics;
using System.Globalization;
using ThaiGovDocs.Benchmarks.Infrastructure;
using ThaiGovDocs.Parsing;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Benchmarks;

/// <summary>
/// <c>-- parse-stages [SECONDS]</c>: where a corpus parse goes, stage by stage, each stage run alone on the previous stages'
/// output (built once). Round-robin batches (every stage once per round, as in <see cref="SideBySide"/>) so load from other
/// processes falls on all stages alike; prints min, 10th percentile and median µs per call, the share of the parse, and the
/// bytes each stage allocates. The shares are of one process: compare stages within a run, not runs with each other.
/// <c>-- parse-stages --only STAGE [SECONDS]</c> runs one stage in a loop, for a sampling profiler (<c>perf record</c> with
/// <c>DOTNET_PerfMapEnabled=1</c>).
/// </summary>
internal static class ParseStages
{
    private const int BatchSize = 20;

    public static int Run(string[] args)
    {
        var stages = All(Corpus.Concatenated());
        if (args.Length > 1 && args[0] == "--only")
        {
            return Loop(stages.Single(s => s.Name == args[1]).Body, args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        }

        double seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        foreach (var (name, body) in stages)
        {
            Console.Write($"{name}: ");
            JitWarmup.UntilQuiet(body);
        }

        var times = stages.Select(_ => new List<double>()).ToArray();
        var allocated = new long[stages.Length];
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            for (int k = 0; k < stages.Length; k++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                for (int n = 0; n < BatchSize; n++)
                {
                    stages[k].Body();
                }

                times[k].Add(watch.Elapsed.TotalMicroseconds / BatchSize);
                allocated[k] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        int rounds = times[0].Count;
        double parse = Percentile(times[^1], 0.1);
        Console.WriteLine($"{rounds} rounds of {BatchSize} calls per stage; share = p10 / p10 of the whole parse");
        Console.WriteLine("  stage         min µs   p10 µs   median µs   share   allocated B");
        for (int k = 0; k < stages.Length; k++)
        {
            var sorted = times[k];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stages[k].Name,-12} {sorted.Min(),7:F1} {Percentile(sorted, 0.1),8:F1} {Percentile(sorted, 0.5),11:F1} {Percentile(sorted, 0.1) / parse,7:P1} {allocated[k] / (rounds * BatchSize),12:N0}"));
        }

        return 0;
    }

    private static int Loop(Action body, double seconds)
    {
        long calls = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            body();
            calls++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{calls} calls, {watch.Elapsed.TotalMicroseconds / calls:F1} µs each"));
        return 0;
    }

    /// <summary>Each stage alone, on inputs the stages before it built once here; the whole parse last.</summary>
    private static (string Name, Action Body)[] All(string text)
    {
        var repairedText = ThaiTextRepair.Repair(text);
        var repaired = repairedText.Text;
        var lines = LineTable.Build(repaired);
        var roles = LineRoles.Find(lines);
        var starts = DocumentSegmenter.FindStarts(lines, roles);
        return
        [
            ("repair", () => ThaiTextRepair.Repair(text)),
            ("lines", () => LineTable.Build(repaired).Release()),
            ("roles", () => LineRoles.Find(lines)),
            ("segment", () => DocumentSegmenter.FindStarts(lines, roles)),
            ("documents", () => LetterParser.ReadDocuments(lines, repairedText, roles, starts)),
            ("parse", () => LetterParser.Parse(text)),
        ];
    }

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)(fraction * (sorted.Count - 1))];
    }
}
