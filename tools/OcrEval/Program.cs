// Usage: dotnet run --project tools/OcrEval -c Release -- <variant> <file.pdf|image>...
//        dotnet run --project tools/OcrEval -c Release -- clean <variant> <image> <out.png>   (writes the cleaned page)
//        dotnet run --project tools/OcrEval -c Release -- ink <variant> <image> <out-prefix>   (ink layer, cleaned, and its sparse lines)
// A variant is a base ("default" or "none") followed by '+'-joined changes, e.g. "default+leaders+psm4", "none+deskew".
// Each input needs a ground truth next to it: X.transcript.txt (memos) or X.gt.txt (synthetic pages).
// OCREVAL_DUMP=<dir> writes each recognised text to <dir>/<file>.<variant>.txt (score it with the CLI's `read`).
// OCREVAL_LETTERS=<file> runs the letter pass on every line (no gate) and writes each line's readings to <file>
// (LetterPassTrace); tools/OcrEval/letter-pass-lines.py tells which lines it changes and what a gate would save and lose.
using System.Diagnostics;
using System.Globalization;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Evaluation;
using ThaiGovDocs.Ocr.Imaging;

if (args[0] == "clean")
{
    var cleanOptions = Variants.Parse(args[1]);
    CleanedPage.Write(args[2], args[3], cleanOptions.Pipeline);
    return;
}

if (args[0] == "ink")
{
    InkDump.Run(args[2], args[3], Variants.Parse(args[1]));
    return;
}

var variant = args[0];
using var letterTrace = Environment.GetEnvironmentVariable("OCREVAL_LETTERS") is { } tracePath ? new StreamWriter(tracePath) : null;
ThaiGovDocs.Ocr.Recognition.LetterPassTrace.Writer = letterTrace;
var options = Variants.Parse(variant);
using var reader = new ScanReader(options with { IncludeHocr = false, IncludeTsv = false });
var total = new CerResult(0, 0, 0, 0);
var clock = Stopwatch.StartNew();
foreach (var path in args.Skip(1))
{
    var truthPath = new[] { Path.ChangeExtension(path, ".transcript.txt"), Path.ChangeExtension(path, ".gt.txt") }.First(File.Exists);
    letterTrace?.WriteLine("# " + path);
    var result = reader.Read(path);
    var cer = CharacterErrorRate.Compute(File.ReadAllText(truthPath), result.Text);
    total += cer;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path),-28} {cer}  conf {result.Pages.Average(p => p.MeanConfidence):P0} src {result.Pages[0].TextSource}"));
    if (Environment.GetEnvironmentVariable("OCREVAL_LINES") is not null)
    {
        foreach (var l in result.Pages.SelectMany(p => p.Lines)) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  y {l.Y,5} h {l.Height,4} x {l.X,5} w {l.Width,5} c {l.Confidence:0.00} {l.Text}"));
    }

    if (Environment.GetEnvironmentVariable("OCREVAL_DUMP") is { } dir) File.WriteAllText(Path.Combine(dir, Path.GetFileNameWithoutExtension(path) + "." + variant + ".txt"), result.Text);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TOTAL {variant,-12} {total}  {clock.Elapsed.TotalSeconds:0.0}s"));
