using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Benchmarks.Ocr;

/// <summary>One memo page (memo-000's 200-dpi colour JPEG): our pipeline against the tesseract CLI on the same image and settings,
/// each pair in its own group with the CLI as baseline.</summary>
/// <remarks>
/// Target: our pipeline ≤ 1.1 × the CLI per page, clean-up ≤ 10 % of the page. Groups: the default (<c>tha_gov</c> with the letter pass
/// by stock <c>tha</c>) against the CLI with stock <c>tha+eng</c>; the default without the letter pass (one model) against the CLI with
/// <c>tha_gov</c>, with the bare engine read (no clean-up, no line repair) beside it; the default again against the CLI with
/// <c>tha_gov+tha</c>, the same two models loaded (the CLI reads each line once with both, we read each line twice). <see cref="CleanUp"/>
/// is the default's image clean-up alone (grey, line direction, colour split, print and ink clean-up); its share of the page is
/// its mean over <see cref="Default"/>'s. Run: dotnet run -c Release --project benchmarks/ThaiGovDocs.Benchmarks -- --filter *OcrVersusCli*
/// </remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OcrVersusCliBenchmarks : IDisposable
{
    private const string DefaultGroup = "default vs CLI tha+eng", OneModelGroup = "one model vs CLI tha_gov", TwoModelGroup = "default vs CLI tha_gov+tha";

    private string image = "";
    private ScanReader? reader;
    private DecodedImage? page;

    [GlobalSetup(Targets = [nameof(CliThaEng), nameof(CliThaGov), nameof(CliThaGovPlusTha)])]
    public void SetupCli() => image = OcrBenchmarkInput.ExtractMemoScan();

    [GlobalSetup(Targets = [nameof(Default), nameof(DefaultSameTwoModels)])]
    public void SetupDefault() => Setup(OcrBenchmarkInput.Options(ImagePipelineOptions.Default, OcrOptions.DefaultLanguages));

    [GlobalSetup(Target = nameof(OneModel))]
    public void SetupOneModel() => Setup(OcrBenchmarkInput.Options(ImagePipelineOptions.Default, OcrOptions.DefaultLanguages) with { LetterLanguages = null });

    [GlobalSetup(Target = nameof(NoCleanup))]
    public void SetupNoCleanup() =>
        Setup(OcrBenchmarkInput.Options(ImagePipelineOptions.None, OcrOptions.DefaultLanguages) with { RepairLines = false, LetterLanguages = null });

    [GlobalSetup(Target = nameof(CleanUp))]
    public void SetupCleanUp()
    {
        image = OcrBenchmarkInput.ExtractMemoScan();
        page = ImageDecoder.Decode(image, File.ReadAllBytes(image), 100_000_000, null);
    }

    [Benchmark(Baseline = true), BenchmarkCategory(DefaultGroup)]
    public string CliThaEng() => Cli("tha+eng");

    [Benchmark, BenchmarkCategory(DefaultGroup)]
    public string Default() => reader!.Read(image).Text;

    [Benchmark, BenchmarkCategory(DefaultGroup)]
    public int CleanUp() => OcrBenchmarkInput.CleanUp(page!);

    [Benchmark(Baseline = true), BenchmarkCategory(OneModelGroup)]
    public string CliThaGov() => Cli("tha_gov");

    [Benchmark, BenchmarkCategory(OneModelGroup)]
    public string OneModel() => reader!.Read(image).Text;

    [Benchmark, BenchmarkCategory(OneModelGroup)]
    public string NoCleanup() => reader!.Read(image).Text;

    [Benchmark(Baseline = true), BenchmarkCategory(TwoModelGroup)]
    public string CliThaGovPlusTha() => Cli("tha_gov+tha");

    [Benchmark, BenchmarkCategory(TwoModelGroup)]
    public string DefaultSameTwoModels() => reader!.Read(image).Text;

    [GlobalCleanup]
    public void Dispose()
    {
        reader?.Dispose();
        page?.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Setup(OcrOptions options)
    {
        image = OcrBenchmarkInput.ExtractMemoScan();
        reader = new ScanReader(options);
        // Engine creation (model loading) is a one-off per pool, not a per-page cost: load it outside the measurement.
        _ = reader.Read(image);
    }

    private string Cli(string languages) => OcrBenchmarkInput.RunCli(image, languages);
}
