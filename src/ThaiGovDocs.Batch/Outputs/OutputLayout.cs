using ThaiGovDocs.Batch.Inputs;

namespace ThaiGovDocs.Batch.Outputs;

/// <summary>Where a batch writes: per-file outputs mirror the input's relative path; run files sit at the top (suffixed by shard).</summary>
internal sealed class OutputLayout
{
    private const string TempFolderName = ".thaigovdocs-tmp";

    public OutputLayout(string outputDirectory, ShardSpec shard)
    {
        Root = Path.GetFullPath(outputDirectory);
        var suffix = shard.IsPartial ? "." + shard : "";
        Registry = Path.Combine(Root, $"registry{suffix}.csv");
        Documents = Path.Combine(Root, $"documents{suffix}.jsonl");
        Errors = Path.Combine(Root, $"errors{suffix}.jsonl");
        Temp = Path.Combine(Root, TempFolderName, shard.ToString());
    }

    public string Root { get; }

    public string Registry { get; }

    public string Documents { get; }

    public string Errors { get; }

    /// <summary>This shard's folder for temporary files, on the output's file system so renames are atomic.</summary>
    public string Temp { get; }

    public string Json(BatchInput input) => Mirror(input, ".json");

    public string Text(BatchInput input) => Mirror(input, ".txt");

    public string Pdf(BatchInput input) => Mirror(input, ".searchable.pdf");

    /// <summary>Empties this shard's temporary folder: leftovers of a run that was killed.</summary>
    public void ResetTemp()
    {
        if (Directory.Exists(Temp)) Directory.Delete(Temp, recursive: true);
        Directory.CreateDirectory(Temp);
    }

    /// <summary>Removes this shard's temporary folder, and the parent when no other shard is using it.</summary>
    public void RemoveTemp()
    {
        if (Directory.Exists(Temp)) Directory.Delete(Temp, recursive: true);
        var parent = Path.GetDirectoryName(Temp)!;
        try
        {
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any()) Directory.Delete(parent);
        }
        catch (IOException)
        {
            // Another shard created its folder meanwhile: leave the parent.
        }
    }

    /// <summary>A fresh temporary path in this shard's temporary folder.</summary>
    public string NewTempPath(string extension) => Path.Combine(Temp, Guid.NewGuid().ToString("N") + extension);

    private string Mirror(BatchInput input, string suffix) => Path.Combine(Root, input.RelativePath.Replace('/', Path.DirectorySeparatorChar) + suffix);
}
