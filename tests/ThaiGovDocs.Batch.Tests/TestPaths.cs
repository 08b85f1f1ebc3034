using System.Diagnostics;
using System.Security.Cryptography;

namespace ThaiGovDocs.Batch.Tests;

/// <summary>The repository, its test data, the shared corpus (read in place) and the built CLI.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestData => Path.Combine(Root, "testdata");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "seeds"));

    /// <summary>The CLI built in the same configuration as these tests.</summary>
    public static string Cli
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(Root, "src", "ThaiGovDocs.Cli", "bin", configuration, "net10.0", "ThaiGovDocs.Cli.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThaiGovDocs.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("repository root (ThaiGovDocs.sln) not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "thaigovdocs-batch-" + Guid.NewGuid().ToString("N"));

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs the built CLI as a process.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TestPaths.Cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var p = Start(args);
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, output.Result, error.Result);
    }
}

/// <summary>Every file under a folder with the SHA-256 of its bytes, by relative path.</summary>
internal static class Tree
{
    public static SortedDictionary<string, string> Snapshot(string root, Func<string, bool>? include = null) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => include?.Invoke(f) ?? true)
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(System.IO.Path.Combine(root, f))))), StringComparer.Ordinal);
}
