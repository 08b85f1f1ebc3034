using ThaiGovDocs.Batch.Workers;

namespace ThaiGovDocs.Batch.Tests;

/// <summary>A worker that crashes, hangs or eats memory costs its input only: stand-in workers (sh, python3) play each fault.</summary>
public sealed class WorkerIsolationTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    // Only the hang needs a short file timeout; the others get one that a loaded machine cannot reach (python3 filling
    // 400 MB took over a second at load 30, and the memory case then failed as a timeout).
    private const int HangSeconds = 1;
    private const int AmpleSeconds = 60;

    public static TheoryData<string, string[], FailureKind, string, int> Faults => new()
    {
        { "/bin/sh", ["-c", "kill -SEGV $$"], FailureKind.Crash, "SIGSEGV", AmpleSeconds },
        { "/bin/sh", ["-c", "kill -ABRT $$"], FailureKind.Crash, "SIGABRT", AmpleSeconds },
        { "/bin/sh", ["-c", "exec sleep 120"], FailureKind.Timeout, "timed out", HangSeconds },
        { "python3", ["-c", "import time; b = b'x' * (400 * 1024 * 1024); time.sleep(120)"], FailureKind.Memory, "over the limit of 150 MB", AmpleSeconds },
        { "/bin/sh", ["-c", "echo not json"], FailureKind.Crash, "without an answer", AmpleSeconds },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task RunAsync_WorkerFault_FailsThatInputAndFinishesTheRest(string program, string[] arguments, FailureKind kind, string reason, int timeoutSeconds)
    {
        var input = dir.Sub("in");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(TestPaths.TestData, "sample-letter.txt"), Path.Combine(input, "letter.txt"));
        File.Copy(Path.Combine(TestPaths.TestData, "pages", "letter-memo-clean.png"), Path.Combine(input, "scan.png"));
        var options = new BatchOptions
        {
            InputDirectory = input,
            OutputDirectory = dir.Sub("out"),
            Jobs = 2,
            FileTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            WorkerMemoryLimitBytes = 150L * 1024 * 1024,
            Worker = new WorkerCommand(program, arguments),
        };

        var results = new List<BatchItemResult>();
        await foreach (var r in BatchRunner.RunAsync(options)) results.Add(r);

        results.Single(r => r.RelativePath == "letter.txt").Status.Should().Be(BatchItemStatus.Done);
        var failed = results.Single(r => r.RelativePath == "scan.png");
        failed.Status.Should().Be(BatchItemStatus.Failed);
        failed.Failure.Should().Be(kind);
        failed.Reason.Should().Contain(reason).And.StartWith("scan.png");
        File.ReadAllText(Path.Combine(dir.Sub("out"), "errors.jsonl")).Should().Contain("scan.png").And.Contain(reason);
        File.Exists(Path.Combine(dir.Sub("out"), "letter.txt.json")).Should().BeTrue();
    }
}
