using System.Diagnostics;
using System.Globalization;
using ThaiGovDocs.Parsing;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Benchmarks;

/// <summary><c>-- stages SHAPE</c>: median time of each parser stage at 100 KB and 1 MB, to find which one is superlinear.</summary>
internal static class Stages
{
    public static void Print(string name, string small, string large)
    {
        Console.WriteLine($"  stages of '{name}' (median ms, 100 KB → 1 MB):");
        foreach (var (stage, run) in All())
        {
            double s = Median(() => run(small), 11);
            double l = Median(() => run(large), 5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {stage,-12} {s,9:F2} {l,9:F2} {l / s * small.Length / large.Length * 10,6:F1}×"));
        }
    }

    private static IEnumerable<(string, Action<string>)> All()
    {
        yield return ("repair", t => ThaiTextRepair.Repair(t));
        yield return ("lines", t => LineTable.Build(ThaiTextRepair.Repair(t).Text));
        yield return ("roles", t => LineRoles.Find(LineTable.Build(ThaiTextRepair.Repair(t).Text)));
        yield return ("segment", t =>
        {
            var lines = LineTable.Build(ThaiTextRepair.Repair(t).Text);
            DocumentSegmenter.FindStarts(lines, LineRoles.Find(lines));
        });
        yield return ("parse", t => LetterParser.Parse(t));
    }

    private static double Median(Action action, int runs)
    {
        action();
        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }
}
