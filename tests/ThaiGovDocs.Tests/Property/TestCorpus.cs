namespace ThaiGovDocs.Tests.PropertyTests;

/// <summary>The shared corpus, read in place from <c>../shared/corpus</c> next to the folder holding ThaiGovDocs.sln (never copied).</summary>
internal static class TestCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> Texts = new(Load);

    /// <summary>Every seed bundle and memo transcript.</summary>
    public static IReadOnlyList<string> All => Texts.Value;

    private static IReadOnlyList<string> Load()
    {
        string corpus = FindCorpus();
        return
        [
            .. Directory.GetFiles(Path.Combine(corpus, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText),
            .. Directory.GetFiles(Path.Combine(corpus, "memos"), "*.transcript.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText),
        ];
    }

    private static string FindCorpus()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ThaiGovDocs.sln")))
                {
                    string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                    if (Directory.Exists(corpus))
                    {
                        return corpus;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("../shared/corpus not found next to the folder holding ThaiGovDocs.sln.");
    }
}
