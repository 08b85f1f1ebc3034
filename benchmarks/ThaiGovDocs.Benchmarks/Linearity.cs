using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThaiGovDocs.Benchmarks.Infrastructure;
using ThaiGovDocs.Tests.PropertyTests;

namespace ThaiGovDocs.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/ThaiGovDocs.Benchmarks -- linearity</c>: times <see cref="LetterParser.Parse"/>
/// on 100 KB and 1 MB (UTF-16, i.e. 50,000 and 500,000 chars) inputs of several shapes and prints the ratio of the best times (minimum of several warm runs).
/// A linear parser gives ~10×; the check fails (exit code 1) above 12×.
/// </summary>
internal static class Linearity
{
    private const int SmallChars = 50_000;
    private const int LargeChars = 500_000;
    private const double Limit = 12.0;

    public static int Run(string[] args)
    {
        string corpus = Corpus.Concatenated();
        var corpusTexts = Corpus.Seeds().Concat(Corpus.Memos()).Select(t => t.Text).ToArray();
        var shapes = new (string Name, Func<int, string> Make)[]
        {
            ("corpus", n => Fit(corpus, n)),
            ("mutated corpus", n => Mutated(corpusTexts, n)),
            ("one long line", n => Fit(corpus.Replace('\n', ' '), n)),
            ("digit run", n => Fit("๑๒๓๔๕๖๗๘๙๐1234567890", n)),
            ("letters + stamps", n => Fit("ที่ มท ๐๘๑๐.๒/ว ๒๓๕๑\nเลขรับ ๑๒๓๔\nวันที่ ๑ มกราคม ๒๕๖๗\nเวลา ๑๐.๐๐ น.\nเรื่อง ทดสอบ\nเรียน ผู้ว่าราชการจังหวัด\n", n)),
            ("attachment list", n => "สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือ ที่ มท ๐๘๑๐.๒/ว ๑ ลงวันที่ ๑ มกราคม ๒๕๖๗ จำนวน ๑ ชุด\n"
                + Fit("๒. สำเนาหนังสือ ที่ มท ๐๘๑๐/๒ ลงวันที่ ๒ มกราคม ๒๕๖๗ จำนวน ๒ ชุด\n", n)),
            ("signature block", n => Fit("(นายสมชาย ใจดี)\nผู้อำนวยการกองคลัง\nปฏิบัติราชการแทน\n", n)),
        };

        string? only = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
        bool stages = args.Contains("--stages");
        bool ok = true;
        Console.WriteLine($"{"shape",-18} {"100 KB (ms)",12} {"1 MB (ms)",12} {"ratio",7}  {"MB/s @1MB",10}");
        foreach (var (name, make) in shapes)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string small = make(SmallChars);
            string large = make(LargeChars);
            double smallMs = Best(small, runs: 31);
            double largeMs = Best(large, runs: 9);
            double ratio = largeMs / smallMs * ((double)small.Length / large.Length) * 10;
            ok &= ratio <= Limit;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-18} {smallMs,12:F2} {largeMs,12:F2} {ratio,6:F1}×  {large.Length * 2 / (largeMs / 1000) / 1e6,10:F1}{(ratio > Limit ? "  <-- superlinear" : "")}"));
            if (stages)
            {
                Stages.Print(name, small, large);
            }
        }

        Console.WriteLine(ok ? $"OK: every ratio ≤ {Limit}× (10× is linear)" : $"FAIL: some ratio > {Limit}×");
        return ok ? 0 : 1;
    }

    /// <summary>Best (minimum) wall time of <see cref="LetterParser.Parse"/> after warm-up (steady state: no forced GC between runs).</summary>
    /// <remarks>The minimum, not the mean: on a shared, loaded machine other processes only ever add time.</remarks>
    private static double Best(string text, int runs)
    {
        for (int i = 0; i < 3; i++)
        {
            LetterParser.Parse(text);
        }

        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            LetterParser.Parse(text);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static string Fit(string unit, int chars) => Corpus.Repeat(unit, chars)[..chars];

    /// <summary>Corpus text cut and corrupted by <see cref="TextMutator"/> (fixed seed), up to <paramref name="chars"/>.</summary>
    private static string Mutated(string[] corpus, int chars)
    {
        var mutator = new TextMutator(corpus, seed: 20240521);
        var builder = new StringBuilder(chars + 8192);
        while (builder.Length < chars)
        {
            builder.Append(mutator.Next(4000)).Append('\n');
        }

        return builder.ToString(0, chars);
    }
}
