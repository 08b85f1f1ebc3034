namespace ThaiGovDocs.Tests;

/// <summary>Finds the repository root and the shared corpus beside it, wherever the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared corpus: read in place, never copied into the project.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static string TestData => Path.Combine(Root, "testdata");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThaiGovDocs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ThaiGovDocs.sln not found above {AppContext.BaseDirectory}");
    }
}
