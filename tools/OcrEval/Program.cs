// Usage: dotnet run --project tools/OcrEval -c Release -- <variant> <file.pdf|image>... 
// Each input needs a ground truth next to it: X.transcript.txt (memos) or X.gt.txt (synthetic pages).
using System.Diagnostics;
using System.Globalization;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Evaluation;
using ThaiGovDocs.Ocr.Imaging;

var variant = args[0];
var none = ImagePipelineOptions.None;
var options = variant switch
{
    "default" => new OcrOptions(),
    "none" => new OcrOptions { Pipeline = none },
    "psm4" => new OcrOptions { PageSegmentationMode = 4 },
    "psm6" => new OcrOptions { PageSegmentationMode = 6 },
    "deskew" => new OcrOptions { Pipeline = none with { Deskew = true } },
    "background" => new OcrOptions { Pipeline = none with { NormalizeBackground = true } },
    "binarize" => new OcrOptions { Pipeline = none with { Binarize = true } },
    "leaders" => new OcrOptions { Pipeline = none with { RemoveLeaderLines = true } },
    "upscale" => new OcrOptions { Pipeline = none with { Upscale = true } },
    "flip" => new OcrOptions { Pipeline = none with { DetectUpsideDown = true } },
    "leadersOn" => new OcrOptions { Pipeline = ImagePipelineOptions.Default with { RemoveLeaderLines = true } },
    "all" => new OcrOptions { Pipeline = ImagePipelineOptions.Default with { NormalizeBackground = true, Binarize = true } },
    "textlayer" => new OcrOptions { UseTextLayer = true },
    "tha" => new OcrOptions { Languages = "tha" },
    _ => throw new ArgumentException("unknown variant " + variant),
};

using var reader = new ScanReader(options with { IncludeHocr = false, IncludeTsv = false });
var total = new CerResult(0, 0, 0, 0);
var clock = Stopwatch.StartNew();
foreach (var path in args.Skip(1))
{
    var truthPath = new[] { Path.ChangeExtension(path, ".transcript.txt"), Path.ChangeExtension(path, ".gt.txt") }.First(File.Exists);
    var result = reader.Read(path);
    var cer = CharacterErrorRate.Compute(File.ReadAllText(truthPath), result.Text);
    total += cer;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path),-28} {cer}  conf {result.Pages.Average(p => p.MeanConfidence):P0} src {result.Pages[0].TextSource}"));
    if (Environment.GetEnvironmentVariable("OCREVAL_DUMP") is { } dir) File.WriteAllText(Path.Combine(dir, Path.GetFileName(path) + "." + variant + ".txt"), result.Text);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TOTAL {variant,-12} {total}  {clock.Elapsed.TotalSeconds:0.0}s"));
