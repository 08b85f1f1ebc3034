using ThaiGovDocs.IO;
using ThaiGovDocs.Json;
using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Cli.Reading;

/// <summary>What reading one input produced: the parse, its contract form, and for scans the per-page OCR renderings.</summary>
internal sealed record LetterFileResult(ParseResult Parse, ContractDocumentSet Contract, IReadOnlyList<ScanPage> Pages);

/// <summary>Reads one input of any supported kind: text is parsed directly; PDFs and images are recognised first.</summary>
internal static class LetterFile
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", "" };

    public static LetterFileResult Read(string path, OcrOptions ocrOptions, CancellationToken ct = default)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        if (TextExtensions.Contains(Path.GetExtension(path)))
        {
            var decoded = LetterTextFile.Read(path);
            var parse = LetterParser.Parse(decoded.Text);
            return new LetterFileResult(parse, LetterJson.ToContract(parse, Path.GetFileName(path), "text"), []);
        }

        using var reader = new ScanReader(ocrOptions);
        var scan = reader.Read(path, ct);
        var result = LetterParser.Parse(scan.Text);
        var contract = LetterJson.ToContract(result, Path.GetFileName(path), locator: scan.Locator, textSourceAt: scan.TextSourceAt);
        return new LetterFileResult(result, contract, scan.Pages);
    }
}
