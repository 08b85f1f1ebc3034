using ThaiGovDocs.IO;
using ThaiGovDocs.Json;

namespace ThaiGovDocs.Ocr;

/// <summary>What reading one letter file produced.</summary>
/// <param name="Parse">The documents and the repaired text they were read from.</param>
/// <param name="Contract">The documents in the JSON contract's shape, with provenance.</param>
/// <param name="Scan">The recognition of a scan (pages, boxes, confidences); null for a text file.</param>
public sealed record LetterFileReading(ParseResult Parse, ContractDocumentSet Contract, ScanResult? Scan)
{
    /// <summary>Where the text came from: "text" for a text file, else the first page's <see cref="ScanPage.TextSource"/>.</summary>
    public string TextSource => SourceOf(Scan);

    /// <summary>The text source of a letter read from a text file.</summary>
    public const string TextFileSource = "text";

    /// <summary>"text" without a scan, else the first page's source ("ocr" for a scan with no pages).</summary>
    internal static string SourceOf(ScanResult? scan) =>
        scan is null ? TextFileSource : scan.Pages.Count == 0 ? ScanPage.OcrSource : scan.Pages[0].TextSource;
}

/// <summary>Reads one letter file of any supported kind into records: text files are decoded and parsed, PDFs and images are recognised first.</summary>
/// <remarks>The one place that decides text against scan, for the <c>read</c> command and for batch workers alike.</remarks>
public static class LetterFileReader
{
    // A file without an extension is read as text: scans always carry theirs.
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", "" };

    /// <summary>Whether <paramref name="path"/> is read as text (.txt, .text, no extension) rather than as a scan.</summary>
    public static bool IsText(string path) => TextExtensions.Contains(Path.GetExtension(path));

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The letter file.</param>
    /// <param name="options">How to read scans.</param>
    /// <param name="ct">Cancels recognition.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The path is a directory, or the file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The text file is binary or in no known encoding.</exception>
    /// <exception cref="OcrInputException">The scan cannot be read (bad, encrypted or oversized file).</exception>
    public static LetterFileReading Read(string path, OcrOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (Directory.Exists(path)) throw new IOException($"{path}: is a directory, not a file");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found", path);

        var name = Path.GetFileName(path);
        if (IsText(path))
        {
            var parse = LetterParser.Parse(LetterTextFile.Read(path).Text);
            return new LetterFileReading(parse, LetterJson.ToContract(parse, name, LetterFileReading.TextFileSource), null);
        }

        using var reader = new ScanReader(options);
        var scan = reader.Read(path, ct);
        var result = LetterParser.Parse(scan.Text);
        var contract = LetterJson.ToContract(result, name, LetterFileReading.SourceOf(scan), scan.Locator, scan.TextSourceAt);
        return new LetterFileReading(result, contract, scan);
    }
}
