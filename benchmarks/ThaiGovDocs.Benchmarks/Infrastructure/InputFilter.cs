namespace ThaiGovDocs.Benchmarks.Infrastructure;

/// <summary>
/// <c>BENCH_INPUTS=corpus,seed-001</c> keeps only the named inputs, for quick repeated runs of one case. BenchmarkDotNet's
/// child processes inherit the variable, so host and child see the same list.
/// </summary>
public static class InputFilter
{
    public static IEnumerable<Payload> Apply(IEnumerable<Payload> inputs)
    {
        var names = Environment.GetEnvironmentVariable("BENCH_INPUTS");
        if (string.IsNullOrWhiteSpace(names))
        {
            return inputs;
        }

        var keep = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return inputs.Where(p => keep.Contains(p.Name, StringComparer.Ordinal));
    }
}
