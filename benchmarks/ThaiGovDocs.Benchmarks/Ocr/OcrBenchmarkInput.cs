using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Pdf;

namespace ThaiGovDocs.Benchmarks.Ocr;

/// <summary>The page the OCR benchmarks read: memo-000's 200-dpi JPEG scan, extracted once to a temp file so the CLI can read the same bytes.</summary>
internal static class OcrBenchmarkInput
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Tessdata => Path.Combine(RepoRoot, "tessdata");

    /// <summary>Writes the scan of memo-000.pdf to a temp .jpg and returns its path.</summary>
    public static string ExtractMemoScan()
    {
        var pdf = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", "memos", "memo-000.pdf"));
        var doc = PdfDocument.Open(File.ReadAllBytes(pdf), 1L << 30);
        var image = PdfImageExtractor.Extract(doc, doc.Pages(10), 100_000_000)[0] ?? throw new InvalidOperationException("memo-000 has no image");
        var path = Path.Combine(Path.GetTempPath(), "thaigovdocs-bench-memo-000.jpg");
        File.WriteAllBytes(path, image.Bytes);
        return path;
    }

    /// <summary>Settings shared by our pipeline and the CLI: the given models (stock tha+eng unless told), PSM 3, one OpenMP thread, one engine.</summary>
    public static OcrOptions Options(ThaiGovDocs.Ocr.Imaging.ImagePipelineOptions pipeline, string languages = "tha+eng") => new()
    {
        Languages = languages,
        TessdataPath = Tessdata,
        Pipeline = pipeline,
        MaxDegreeOfParallelism = 1,
        IncludeHocr = false,
        IncludeTsv = false,
    };

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThaiGovDocs.sln"))) return dir.FullName;
        }

        // BenchmarkDotNet runs from a generated folder under bin/; the working directory is the fallback.
        return Directory.GetCurrentDirectory();
    }
}
