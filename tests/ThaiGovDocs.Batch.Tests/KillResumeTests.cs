namespace ThaiGovDocs.Batch.Tests;

/// <summary>Killed at any moment (SIGKILL) and rerun, a batch ends with exactly the outputs of an uninterrupted run.</summary>
public sealed class KillResumeTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData(300)]
    [InlineData(900)]
    [InlineData(1800)]
    public void Batch_KilledThenRerun_MatchesUninterruptedRun(int maxDelayMs)
    {
        var input = dir.Sub("in");
        GoodInputs.Copy(input, scans: 1);
        for (var i = 0; i < 60; i++)
        {
            File.Copy(Path.Combine(TestPaths.TestData, "sample-letter.txt"), Path.Combine(input, $"copy {i:D3}.txt"));
        }

        var reference = dir.Sub("reference");
        CliProcess.Run("batch", input, reference, "--jobs", "2", "--formats", "json,text").Exit.Should().Be(0);

        var output = dir.Sub("out");
        using (var batch = CliProcess.Start("batch", input, output, "--jobs", "2", "--formats", "json,text"))
        {
            Thread.Sleep(Random.Shared.Next(100, maxDelayMs));
            batch.Kill(); // SIGKILL: no clean-up runs
            batch.WaitForExit();
        }

        var (exit, stdout, stderr) = CliProcess.Run("batch", input, output, "--jobs", "2", "--formats", "json,text");

        exit.Should().Be(0, stdout + stderr);
        Tree.Snapshot(output).Should().Equal(Tree.Snapshot(reference));
    }
}
