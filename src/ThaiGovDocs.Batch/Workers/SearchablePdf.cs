using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Batch.Workers;

/// <summary>Writes the searchable PDF of a scan (the page images with an invisible text layer).</summary>
internal static class SearchablePdf
{
    /// <summary>Writes the PDF with Tesseract's renderer; false when the scan has no page image to render.</summary>
    public static bool TryWrite(ScanResult scan, OcrOptions options, string path, CancellationToken ct)
    {
        if (scan.Pages.All(p => p.Width == 0))
        {
            return false;
        }

        using var reader = new ScanReader(options);
        reader.WriteSearchablePdf(scan.Path, path, ct);
        return File.Exists(path);
    }
}
