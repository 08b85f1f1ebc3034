namespace ThaiGovDocs.Batch.Inputs;

/// <summary>Finds the inputs of a batch: every file under the input folder with a known extension, in ordinal order of relative path.</summary>
internal static class InputScanner
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };

    private static readonly HashSet<string> ScanExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg", ".bmp", ".webp",
    };

    /// <summary>The inputs under <paramref name="inputDirectory"/> in <paramref name="shard"/>, skipping <paramref name="outputDirectory"/> if it lies inside.</summary>
    public static IReadOnlyList<BatchInput> Find(string inputDirectory, string outputDirectory, ShardSpec shard)
    {
        var root = Path.GetFullPath(inputDirectory);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };

        var inputs = new List<BatchInput>();
        foreach (var path in Directory.EnumerateFiles(root, "*", options))
        {
            if (path.StartsWith(output, StringComparison.Ordinal) || Path.GetFileName(path).StartsWith('.')) continue;
            var kind = KindOf(path);
            if (kind is null) continue;
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (shard.Contains(relative)) inputs.Add(new BatchInput(path, relative, kind.Value));
        }

        inputs.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return inputs;
    }

    /// <summary>Text, scan, or null for files a batch ignores.</summary>
    public static InputKind? KindOf(string path)
    {
        var extension = Path.GetExtension(path);
        return TextExtensions.Contains(extension) ? InputKind.Text
            : ScanExtensions.Contains(extension) ? InputKind.Scan
            : null;
    }
}
