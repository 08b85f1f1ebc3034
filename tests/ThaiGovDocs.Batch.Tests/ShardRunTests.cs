using System.Diagnostics;

namespace ThaiGovDocs.Batch.Tests;

/// <summary>N shards run at once into one output folder produce exactly the full run's outputs, each input once.</summary>
public sealed class ShardRunTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData(3)]
    public void Batch_ConcurrentShards_TogetherEqualTheFullRun(int shards)
    {
        var input = dir.Sub("in");
        GoodInputs.Copy(input, scans: 0);
        for (var i = 0; i < 30; i++)
        {
            File.Copy(Path.Combine(TestPaths.TestData, "sample-letter.txt"), Path.Combine(input, $"แฟ้ม {i % 4}", $"letter {i}.txt").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        }

        File.WriteAllBytes(Path.Combine(input, "empty.txt"), []);
        var full = dir.Sub("full");
        CliProcess.Run("batch", input, full).Exit.Should().Be(3);

        var sharded = dir.Sub("sharded");
        var runs = Enumerable.Range(0, shards).Select(k => CliProcess.Start("batch", input, sharded, "--shard", $"{k}/{shards}", "--jobs", "1")).ToArray();
        var exits = runs.Select(p => { p.StandardOutput.ReadToEnd(); p.WaitForExit(); return p.ExitCode; }).ToArray();
        foreach (var p in runs) p.Dispose();

        exits.Should().OnlyContain(e => e == 0 || e == 3);
        static bool PerFile(string f) => !f.StartsWith("registry", StringComparison.Ordinal) && !f.StartsWith("documents", StringComparison.Ordinal) && !f.StartsWith("errors", StringComparison.Ordinal);
        Tree.Snapshot(sharded, PerFile).Should().Equal(Tree.Snapshot(full, PerFile));

        foreach (var (name, header) in new[] { ("registry", 1), ("documents", 0), ("errors", 0) })
        {
            var extension = name == "registry" ? "csv" : "jsonl";
            var whole = ReadRows(Path.Combine(full, $"{name}.{extension}"), header);
            var parts = Enumerable.Range(0, shards).SelectMany(k => ReadRows(Path.Combine(sharded, $"{name}.shard-{k}-of-{shards}.{extension}"), header)).ToList();
            parts.Should().BeEquivalentTo(whole, name).And.OnlyHaveUniqueItems(name);
        }
    }

    private static List<string> ReadRows(string path, int header) =>
        File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(header).ToList();
}

internal static class Fluent
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
