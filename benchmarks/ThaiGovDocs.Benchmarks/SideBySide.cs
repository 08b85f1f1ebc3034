using System.Diagnostics;
using System.Globalization;
using ThaiGovDocs.Benchmarks.Baselines;
using ThaiGovDocs.Benchmarks.Infrastructure;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Benchmarks;

/// <summary>
/// Throughput of the parser, the tokenizer and the regex baselines measured in one process, round-robin: each round runs
/// every contender once on the same input, so load from other processes falls on all of them alike, after a full
/// collection so that no contender pays for another's garbage. Reports the best and
/// the median round per contender and the ratios of medians. Meant for a shared machine where BenchmarkDotNet's short
/// runs are dominated by noise.
/// </summary>
internal static class SideBySide
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var corpus = Corpus.Concatenated();
        foreach (var (name, text) in new[] { ("corpus (69 KB)", corpus), ("corpus x15 (1 MB)", Corpus.Repeat(corpus, Corpus.MegabyteChars)) })
        {
            var contenders = new (string Name, Action Run)[]
            {
                ("Tokenizer", () => Tokenize(text)),
                ("LetterParser.Parse", () => LetterParser.Parse(text)),
                ("NaiveRegex (baseline)", () => NaiveLineRegexExtractor.Extract(text)),
                ("TunedRegex", () => RegexFieldExtractor.Extract(text)),
            };
            var times = contenders.Select(_ => new List<double>()).ToArray();
            int n = name.Contains("1 MB", StringComparison.Ordinal) ? Math.Max(rounds / 10, 5) : rounds;
            foreach (var c in contenders)
            {
                c.Run();
            }

            for (int round = 0; round < n; round++)
            {
                for (int k = 0; k < contenders.Length; k++)
                {
                    // Each contender pays for its own garbage only, not for what the previous one left behind.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var watch = Stopwatch.StartNew();
                    contenders[k].Run();
                    times[k].Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            double megabytes = text.Length * 2 / 1e6;
            Console.WriteLine($"{name}: {n} rounds");
            Console.WriteLine("  contender                 best MB/s  median MB/s  median ratio to NaiveRegex");
            double naive = Median(times[2]);
            for (int k = 0; k < contenders.Length; k++)
            {
                double median = Median(times[k]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {contenders[k].Name,-24} {megabytes / times[k].Min() * 1000,10:F0} {megabytes / median * 1000,12:F0} {naive / median,12:F1}×"));
            }
        }

        return 0;
    }

    private static int Tokenize(string text)
    {
        int count = 0;
        var tokenizer = new LetterTokenizer(text);
        while (tokenizer.Read())
        {
            count++;
        }

        return count;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
