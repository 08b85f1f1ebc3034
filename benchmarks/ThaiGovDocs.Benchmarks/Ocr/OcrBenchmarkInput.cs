using System.Diagnostics;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;
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
    public static OcrOptions Options(ImagePipelineOptions pipeline, string languages = "tha+eng") => new()
    {
        Languages = languages,
        TessdataPath = Tessdata,
        Pipeline = pipeline,
        MaxDegreeOfParallelism = 1,
        IncludeHocr = false,
        IncludeTsv = false,
    };

    /// <summary>The tesseract CLI on <paramref name="image"/> as a user runs it per page: process start, model loading, PSM 3, one OpenMP thread.</summary>
    public static string RunCli(string image, string languages)
    {
        var start = new ProcessStartInfo("tesseract")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[image, "stdout", "-l", languages, "--psm", "3", "--oem", "1", "--tessdata-dir", Tessdata, "-c", "preserve_interword_spaces=1"]) start.ArgumentList.Add(a);
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    /// <summary>The default pipeline's image clean-up of one page, as <c>PageRecognizer</c> runs it: grey, line direction, colour split,
    /// the print layer cleaned (deskew, Sauvola, leader lines) and the ink layer cleaned at the print's skew.</summary>
    public static int CleanUp(DecodedImage page)
    {
        var steps = ImagePipelineOptions.Default;
        using var gray = GreyConversion.ToGrey(page.Pix);
        var across = TextLineDirection.RunAcross(gray);
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, steps, gray);
        var print = ImagePipeline.Run(layers?.Print ?? page.Pix, page.Dpi, steps);
        using (print.Pix)
        {
            if (layers is null) return across ? print.Pix.Width : 0;
            var ink = ImagePipeline.Run(layers.Ink, page.Dpi, steps with { RemoveLeaderLines = false }, print.SkewDegrees, sparse: true);
            using (ink.Pix) return ink.Pix.Width + (across ? 1 : 0);
        }
    }

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
