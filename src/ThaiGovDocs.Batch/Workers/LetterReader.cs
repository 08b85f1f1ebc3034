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
    /// <exception cref="ReadFailedException">The input is empty.</exception>
    /// <exception cref="OcrInputException">The scan cannot be read (bad, encrypted or oversized file).</exception>
    /// <exception cref="InvalidDataException">The text file is binary or in no known encoding.</exception>
    public static RecognitionOutput Read(string path, OcrOptions ocr, string? searchablePdfPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"{path}: file not found", path);
        if (info.Length == 0) throw new ReadFailedException(FailureKind.Input, $"{path}: the file is empty (0 bytes)");

        var reading = LetterFileReader.Read(path, ocr, ct);
        var json = LetterJson.Serialize(reading.Contract);
        if (reading.Scan is not { } scan) return new RecognitionOutput(reading.TextSource, reading.Parse.Text.Text, json, 0, null, null);

        var pdf = searchablePdfPath is not null && SearchablePdf.TryWrite(scan, ocr, searchablePdfPath, ct) ? searchablePdfPath : null;
        float? confidence = scan.Pages.Count == 0 ? null : scan.Pages.Average(p => p.MeanConfidence);
        return new RecognitionOutput(reading.TextSource, reading.Parse.Text.Text, json, scan.Pages.Count, confidence, pdf);
    }
}
