using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Benchmarks.Ocr;

/// <summary>One memo page: our pipeline (without clean-up and line repair, and as default) against the tesseract CLI on the same image, model and settings.</summary>
/// <remarks>Target: our pipeline ≤ 1.1 × the CLI per page. The default adds clean-up, orientation detection, line repair and,
/// with <c>tha_gov</c>, the letter pass (every line read again by stock <c>tha</c>); <see cref="OurPipelineDefaultOneModel"/> is the
/// default without that pass. Run: dotnet run -c Release --project benchmarks/ThaiGovDocs.Benchmarks -- --filter *OcrVersusCli*</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class OcrVersusCliBenchmarks : IDisposable
{
    private string image = "";

    /// <summary>The models both sides use: stock, and the project's own (the default).</summary>
    [Params("tha+eng", "tha_gov")]
    public string Languages { get; set; } = "tha+eng";
    private ScanReader? raw;
    private ScanReader? cleaned;
    private ScanReader? oneModel;

    [GlobalSetup]
    public void Setup()
    {
        image = OcrBenchmarkInput.ExtractMemoScan();
        raw = new ScanReader(OcrBenchmarkInput.Options(ImagePipelineOptions.None, Languages) with { RepairLines = false, LetterLanguages = null });
        cleaned = new ScanReader(OcrBenchmarkInput.Options(ImagePipelineOptions.Default, Languages));
        oneModel = new ScanReader(OcrBenchmarkInput.Options(ImagePipelineOptions.Default, Languages) with { LetterLanguages = null });
        // Engine creation (model loading) is a one-off per pool, not a per-page cost: load it outside the measurement.
        _ = raw.Read(image);
        _ = cleaned.Read(image);
        _ = oneModel.Read(image);
    }

    [Benchmark(Baseline = true)]
    public string TesseractCli()
    {
        var start = new ProcessStartInfo("tesseract")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[image, "stdout", "-l", Languages, "--psm", "3", "--oem", "1", "--tessdata-dir", OcrBenchmarkInput.Tessdata, "-c", "preserve_interword_spaces=1"]) start.ArgumentList.Add(a);
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    [Benchmark]
    public string OurPipelineNoCleanup() => raw!.Read(image).Text;

    [Benchmark]
    public string OurPipelineDefault() => cleaned!.Read(image).Text;

    [Benchmark]
    public string OurPipelineDefaultOneModel() => oneModel!.Read(image).Text;

    [GlobalCleanup]
    public void Dispose()
    {
        raw?.Dispose();
        cleaned?.Dispose();
        oneModel?.Dispose();
        GC.SuppressFinalize(this);
    }
}
