namespace ThaiGovDocs.Ocr.Tests;

/// <summary>Locates the repository root and the shared corpus (../shared/corpus relative to it).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Pages => Path.Combine(Root, "testdata", "pages");

    public static string Memos => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "memos"));

    public static string Memo(string name) => Path.Combine(Memos, name + ".pdf");

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

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "thaigovdocs-ocr-" + Guid.NewGuid().ToString("N"));

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>One reader (and engine pool) shared by the tests of a class: engines take a second to load.</summary>
public sealed class ReaderFixture : IDisposable
{
    public ScanReader Reader { get; } = new(new OcrOptions());

    public void Dispose() => Reader.Dispose();
}
