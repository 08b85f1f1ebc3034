using System.Text;

namespace ThaiGovDocs.Benchmarks.Infrastructure;

/// <summary>Loads the shared corpus (read-only, never copied into the repo): <c>../shared/corpus</c> next to the folder holding ThaiGovDocs.sln.</summary>
public static class Corpus
{
    /// <summary>One MiB of UTF-16 (524,288 chars): the size of the "1 MB" bundle.</summary>
    public const int MegabyteChars = 1 << 19;

    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Directory => Root.Value;

    /// <summary>Seed bundles by short name (<c>seed-000</c>…), in file order.</summary>
    public static IReadOnlyList<(string Name, string Text)> Seeds() =>
        [.. System.IO.Directory.GetFiles(Path.Combine(Directory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => ("seed-" + Path.GetFileName(f)[..3], File.ReadAllText(f)))];

    /// <summary>Memo transcripts by short name (<c>memo-000</c>…).</summary>
    public static IReadOnlyList<(string Name, string Text)> Memos() =>
        [.. System.IO.Directory.GetFiles(Path.Combine(Directory, "memos"), "*.transcript.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f).Replace(".transcript.txt", "", StringComparison.Ordinal), File.ReadAllText(f)))];

    /// <summary>Every seed and memo text, separated by blank lines.</summary>
    public static string Concatenated() => string.Join("\n\n", Seeds().Concat(Memos()).Select(t => t.Text));

    /// <summary>The concatenated corpus repeated until it is at least <paramref name="chars"/> long, then cut at a line end.</summary>
    public static string Repeat(string text, int chars)
    {
        var builder = new StringBuilder(chars + text.Length);
        while (builder.Length < chars)
        {
            builder.Append(text).Append("\n\n");
        }

        var result = builder.ToString();
        int cut = result.IndexOf('\n', chars);
        return cut < 0 ? result : result[..cut];
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ThaiGovDocs.sln")))
                {
                    var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                    if (System.IO.Directory.Exists(corpus))
                    {
                        return corpus;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("Could not find ../shared/corpus next to the folder holding ThaiGovDocs.sln.");
    }
}
