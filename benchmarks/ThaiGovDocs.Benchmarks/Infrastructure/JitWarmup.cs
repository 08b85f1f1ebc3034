using System.Diagnostics;
using System.Runtime;

namespace ThaiGovDocs.Benchmarks.Infrastructure;

/// <summary>
/// Runs a benchmark body until the JIT has stopped compiling, so measured iterations see final (tier-1) code.
/// </summary>
/// <remarks>
/// A parse touches about 700 methods, and with tiered PGO each hot one is compiled three times (tier 0, instrumented,
/// tier 1) by one background thread. On this shared 2-core machine that backlog took 2–4 s, longer than a ShortRun's
/// pilot and 3 warm-ups, so some processes measured partly tier-0 code: 2.5–3.4× slower and 3.7 KB more allocated per
/// corpus parse than others. Waiting for a quiet JIT makes every process measure the same code.
/// </remarks>
public static class JitWarmup
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private const int QuietWindows = 3;

    /// <summary>Calls <paramref name="body"/> until no method was compiled in <see cref="QuietWindows"/> windows in a row.</summary>
    public static void UntilQuiet(Action body)
    {
        var total = Stopwatch.StartNew();
        var window = Stopwatch.StartNew();
        long compiled = JitInfo.GetCompiledMethodCount();
        int quiet = 0;
        while (quiet < QuietWindows && total.Elapsed < Limit)
        {
            body();
            if (window.Elapsed < Window)
            {
                continue;
            }

            long now = JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
            window.Restart();
        }

        Console.WriteLine($"// JitWarmup: {total.Elapsed.TotalSeconds:F1} s, {compiled} methods compiled, quiet: {quiet == QuietWindows}");
    }
}
