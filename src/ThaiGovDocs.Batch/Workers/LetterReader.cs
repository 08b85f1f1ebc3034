using ThaiGovDocs.Batch.Inputs;
using ThaiGovDocs.IO;
using ThaiGovDocs.Json;
using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Batch.Workers;

/// <summary>Reads one input into its record and text: text files are decoded and parsed; scans are recognised first.</summary>
public static class LetterReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The input.</param>
    /// <param name="ocr">How to read scans.</param>
    /// <param name="searchablePdfPath">Where to write a searchable PDF of a scan, or null for none.</param>
    /// <param name="ct">Cancels reading.</param>
    /// <exception cref="ReadFailedException">The input is empty or an encrypted PDF.</exception>
    /// <exception cref="OcrInputException">The scan cannot be read.</exception>
    /// <exception cref="InvalidDataException">The text file is binary or in no known encoding.</exception>
    public static RecognitionOutput Read(string path, OcrOptions ocr, string? searchablePdfPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"{path}: file not found", path);
        if (info.Length == 0) throw new ReadFailedException(FailureKind.Input, $"{path}: the file is empty (0 bytes)");

        if (InputScanner.KindOf(path) == InputKind.Text)
        {
            var decoded = LetterTextFile.Read(path);
            var parse = LetterParser.Parse(decoded.Text);
            var contract = LetterJson.ToContract(parse, Path.GetFileName(path), "text");
            return new RecognitionOutput("text", parse.Text.Text, LetterJson.Serialize(contract), 0, null, null);
        }

        RejectEncryptedPdf(path, info.Length, ocr.MaxFileBytes);
        using var reader = new ScanReader(ocr);
        var scan = reader.Read(path, ct);
        var result = LetterParser.Parse(scan.Text);
        var textSource = scan.Pages.Count == 0 ? ScanPage.OcrSource : scan.Pages[0].TextSource;
        var scanContract = LetterJson.ToContract(result, Path.GetFileName(path), textSource, scan.Locator, scan.TextSourceAt);
        var pdf = searchablePdfPath is not null && SearchablePdf.TryWrite(scan, ocr, searchablePdfPath, ct) ? searchablePdfPath : null;
        float? confidence = scan.Pages.Count == 0 ? null : scan.Pages.Average(p => p.MeanConfidence);
        return new RecognitionOutput(textSource, result.Text.Text, LetterJson.Serialize(scanContract), scan.Pages.Count, confidence, pdf);
    }

    private static void RejectEncryptedPdf(string path, long length, long maxBytes)
    {
        if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || length > maxBytes) return;
        if (PdfEncryption.IsEncrypted(File.ReadAllBytes(path)))
        {
            throw new ReadFailedException(FailureKind.Input, $"{path}: the PDF is encrypted (password-protected); decrypt it first, e.g. qpdf --decrypt IN OUT");
        }
    }
}
