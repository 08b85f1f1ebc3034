using System.Security.Cryptography;
using System.Text.Json;

namespace ThaiGovDocs.Batch.Tests;

/// <summary>A folder of good letters plus every kind of bad input: the batch completes, writes every good output, and names every bad input with its reason.</summary>
public sealed class FaultInjectionTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Batch_GoodAndBadInputs_CompletesWithFailuresAndReportsEachBadInput()
    {
        var input = dir.Sub("in");
        var good = GoodInputs.Copy(input, scans: 1);
        var bad = BadInputs.Create();
        foreach (var (name, (content, _)) in bad)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(input, name))!);
            File.WriteAllBytes(Path.Combine(input, name), content);
        }

        var output = dir.Sub("out");
        var (exit, stdout, stderr) = CliProcess.Run("batch", input, output, "--jobs", "2", "--timeout", "300");

        exit.Should().Be(3, "completed with failures; output: " + stdout + stderr);
        foreach (var name in good)
        {
            var record = Path.Combine(output, name + ".json");
            File.Exists(record).Should().BeTrue(name);
            File.Exists(Path.Combine(output, name + ".txt")).Should().BeTrue(name);
            using var json = JsonDocument.Parse(File.ReadAllText(record));
            var provenance = json.RootElement.GetProperty("provenance");
            provenance.GetProperty("source").GetString().Should().Be(name);
            provenance.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(input, name)))));
            provenance.GetProperty("tool").GetString().Should().StartWith("thaigovdocs ");
            json.RootElement.GetProperty("documents").GetArrayLength().Should().BeGreaterThan(0, name);
        }

        var errors = File.ReadAllLines(Path.Combine(output, "errors.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        errors.Select(e => e.GetProperty("file").GetString()).Should().BeEquivalentTo(bad.Keys);
        foreach (var e in errors)
        {
            var file = e.GetProperty("file").GetString()!;
            e.GetProperty("reason").GetString().Should().Contain(bad[file].Reason, file).And.Contain(file);
            e.GetProperty("kind").GetString().Should().Be("input", file);
            File.Exists(Path.Combine(output, file + ".json")).Should().BeFalse(file);
        }

        var registry = File.ReadAllLines(Path.Combine(output, "registry.csv"));
        File.ReadAllBytes(Path.Combine(output, "registry.csv"))[..3].Should().Equal(0xEF, 0xBB, 0xBF);
        registry[0].Should().Be("เลขทะเบียนรับ,ที่,ลงวันที่,จาก,ถึง,เรื่อง,การปฏิบัติ,หมายเหตุ,file,page,confidence,needs-review");
        registry.Length.Should().BeGreaterThanOrEqualTo(good.Count + 1);
        File.ReadAllLines(Path.Combine(output, "documents.jsonl")).Should().HaveCount(registry.Length - 1)
            .And.OnlyContain(l => JsonDocument.Parse(l, default).RootElement.GetProperty("file").GetString()!.Length > 0);
        Directory.Exists(Path.Combine(output, ".thaigovdocs-tmp")).Should().BeFalse();
    }

    [Fact]
    public void Batch_Rerun_SkipsEverythingDoneAndKeepsOutputsIdentical()
    {
        var input = dir.Sub("in");
        GoodInputs.Copy(input, scans: 0);
        var output = dir.Sub("out");
        CliProcess.Run("batch", input, output).Exit.Should().Be(0);
        var first = Tree.Snapshot(output);

        var (exit, stdout, _) = CliProcess.Run("batch", input, output);

        exit.Should().Be(0);
        stdout.Should().Contain("0 done").And.Contain("skipped");
        Tree.Snapshot(output).Should().Equal(first);
    }

    [Fact]
    public void Batch_MissingInputFolder_ExitsWithOne()
    {
        var (exit, _, stderr) = CliProcess.Run("batch", dir.Sub("nope"), dir.Sub("out"));

        exit.Should().Be(1);
        stderr.Should().Contain("nope");
    }
}
