using BenchmarkDotNet.Attributes;
using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Benchmarks.Ocr;

/// <summary>The cost of each clean-up step alone on one 200-dpi memo page (compare with a page's recognition time).</summary>
/// <remarks>Target: all default steps together ≤ 10% of the page time. Run with --filter *CleanupStep*.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CleanupStepBenchmarks : IDisposable
{
    private DecodedImage? page;
    private PixHandle? greyRgb;

    [Params("none", "deskew", "background", "binarize", "leaders", "colour-split", "colour-split-grey", "line-direction", "default")]
    public string Step { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        var bytes = File.ReadAllBytes(OcrBenchmarkInput.ExtractMemoScan());
        page = ImageDecoder.Decode("memo-000.jpg", bytes, 100_000_000, null) with { Dpi = 200 };
        // The same page as a scanner in colour mode saves a grey letter: 32 bits a pixel, no coloured ink.
        using var grey = LeptonicaNative.pixConvertTo8(page.Pix, 0);
        greyRgb = LeptonicaNative.pixConvertTo32(grey);
    }

    [Benchmark]
    public int Run()
    {
        if (Step == "colour-split")
        {
            using var layers = ColouredInk.Split(page!.Pix, page.Dpi, ImagePipelineOptions.Default);
            return layers?.InkPixels ?? 0;
        }

        if (Step == "colour-split-grey")
        {
            using var layers = ColouredInk.Split(greyRgb!, page!.Dpi, ImagePipelineOptions.Default);
            return layers?.InkPixels ?? 0;
        }

        if (Step == "line-direction") return TextLineDirection.RunAcross(page!.Pix) ? 1 : 0;

        var none = ImagePipelineOptions.None;
        var options = Step switch
        {
            "deskew" => none with { Deskew = true },
            "background" => none with { NormalizeBackground = true },
            "binarize" => none with { Binarize = true },
            "leaders" => none with { RemoveLeaderLines = true },
            "default" => ImagePipelineOptions.Default,
            _ => none,
        };
        var result = ImagePipeline.Run(page!.Pix, page.Dpi, options);
        using (result.Pix) return result.Pix.Width;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        page?.Dispose();
        greyRgb?.Dispose();
        GC.SuppressFinalize(this);
    }
}
