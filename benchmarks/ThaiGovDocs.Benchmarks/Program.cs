using BenchmarkDotNet.Running;
using ThaiGovDocs.Benchmarks;

if (args.Length > 0 && args[0] == "linearity")
{
    return Linearity.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "ocr-side-by-side")
{
    return ThaiGovDocs.Benchmarks.Ocr.OcrSideBySide.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "model-side-by-side")
{
    return ThaiGovDocs.Benchmarks.Ocr.ModelSideBySide.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "ocr-cleanup-steps")
{
    return ThaiGovDocs.Benchmarks.Ocr.CleanupStepsSideBySide.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "parse-stages")
{
    return ParseStages.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "side-by-side")
{
    return SideBySide.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
