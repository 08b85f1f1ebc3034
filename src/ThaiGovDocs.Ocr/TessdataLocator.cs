using System.Text;

namespace ThaiGovDocs.Ocr;

/// <summary>Finds the folder holding the *.traineddata models for the requested languages.</summary>
public static class TessdataLocator
{
    /// <summary>Environment variable that points at a tessdata folder; checked after <see cref="OcrOptions.TessdataPath"/>.</summary>
    public const string EnvironmentVariable = "THAIGOVDOCS_TESSDATA";

    /// <summary>
    /// The first folder, in search order, that holds a model for every language in <paramref name="languages"/> ("tha+eng").
    /// Order: <paramref name="explicitPath"/>, THAIGOVDOCS_TESSDATA, a "tessdata" folder next to the assembly or in a parent of it,
    /// TESSDATA_PREFIX (and its "tessdata" subfolder), then the distribution folders.
    /// </summary>
    /// <exception cref="NativeDependencyException">No folder holds every model; the message lists each folder searched and what was missing.</exception>
    public static string Locate(string languages, string? explicitPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(languages);
        var required = languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var report = new StringBuilder();

        // An explicit choice is never silently overridden by a folder found elsewhere.
        var candidates = explicitPath is not null ? [explicitPath] : CandidateDirectories();
        foreach (var dir in candidates)
        {
            var missing = required.Where(lang => !File.Exists(Path.Combine(dir, lang + ".traineddata"))).ToArray();
            if (missing.Length == 0) return Path.GetFullPath(dir);
            report.Append("  ").Append(dir).Append(": ").Append(Directory.Exists(dir) ? "missing " + string.Join(", ", missing.Select(m => m + ".traineddata")) : "no such folder").AppendLine();
        }

        throw new NativeDependencyException(
            $"No tessdata folder holds the models for '{languages}'. Searched:{Environment.NewLine}{report}" +
            $"To fix: {NativeLibraryHint(required)}, or set {EnvironmentVariable} (or OcrOptions.TessdataPath) to a folder holding " +
            string.Join(" and ", required.Select(r => r + ".traineddata")) + ".");
    }

    /// <summary>The folders searched when no explicit path is given, in order.</summary>
    public static IReadOnlyList<string> CandidateDirectories()
    {
        var dirs = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } own) dirs.Add(own);

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            dirs.Add(Path.Combine(dir.FullName, "tessdata"));
        }

        if (Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix)
        {
            dirs.Add(prefix);
            dirs.Add(Path.Combine(prefix, "tessdata"));
        }

        dirs.AddRange([
            "/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata",
            "/usr/local/share/tessdata",
            "/opt/homebrew/share/tessdata",
        ]);
        if (OperatingSystem.IsWindows())
        {
            dirs.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "Tesseract-OCR", "tessdata"));
        }

        return dirs.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string NativeLibraryHint(string[] languages) =>
        OperatingSystem.IsLinux()
            ? "on Debian/Ubuntu run 'sudo apt-get install " + string.Join(' ', languages.Select(l => "tesseract-ocr-" + l)) + "'"
            : Interop.NativeLibraryNames.InstallHint();
}
