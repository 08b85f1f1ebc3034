namespace ThaiGovDocs.Ocr;

/// <summary>Finds the folder holding Tesseract's glyphless font (pdf.ttf), which its PDF renderer needs for the text layer.</summary>
internal static class SearchablePdfFont
{
    public const string FileName = "pdf.ttf";

    /// <summary>The models' folder when it holds pdf.ttf, else the first folder of the usual search that does.</summary>
    /// <exception cref="NativeDependencyException">No folder holds pdf.ttf; the message lists those searched.</exception>
    public static string Locate(string languages, string? explicitPath)
    {
        var models = TessdataLocator.Locate(languages, explicitPath);
        var searched = new List<string> { models };
        searched.AddRange(TessdataLocator.CandidateDirectories());
        foreach (var folder in searched)
        {
            if (File.Exists(Path.Combine(folder, FileName)))
            {
                return Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            }
        }

        throw new NativeDependencyException(
            $"Tesseract's PDF font {FileName} was not found in: {string.Join(", ", searched.Distinct())}. " +
            $"It ships in the repository's tessdata folder and in Debian's tesseract-ocr package (sudo apt-get install tesseract-ocr).");
    }
}
