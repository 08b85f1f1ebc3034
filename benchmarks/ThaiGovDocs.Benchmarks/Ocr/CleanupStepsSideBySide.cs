using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Benchmarks.Ocr;

/// <summary>
/// <c>-- ocr-cleanup-steps [ROUNDS]</c>: the clean-up steps rewritten for speed beside the Leptonica calls they replace, then each
/// step of the default clean-up (cumulative for the print layer), on memo-000's JPEG, round-robin in one process (each round runs
/// every contender once). Reports process CPU ms per contender (median, best): on a shared machine CPU time moves less with the
/// load than wall time.
/// </summary>
internal static unsafe class CleanupStepsSideBySide
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var image = OcrBenchmarkInput.ExtractMemoScan();
        using var page = ImageDecoder.Decode(image, File.ReadAllBytes(image), 100_000_000, null);
        var steps = ImagePipelineOptions.Default;
        using var layers = ColouredInk.Split(page.Pix, page.Dpi, steps) ?? throw new InvalidOperationException("memo-000 carries coloured ink");
        // The print layer as Sauvola sees it: deskewed grey.
        using var gray = ImagePipeline.Run(layers.Print, page.Dpi, steps with { Binarize = false, RemoveLeaderLines = false }).Pix;
        var skew = ImagePipeline.MeasureSkew(layers.Print);
        // As the pipeline does: the JPEG states no resolution, which counts as 300 dpi.
        var halfWindow = Math.Max(8, steps.SauvolaHalfWindow * (page.Dpi > 0 ? page.Dpi : 300) / 300);
        // The print layer as the deskew turns it: grey, not yet turned.
        using var printGray = Pix.Check(LeptonicaNative.pixConvertTo8(layers.Print, 0), "pixConvertTo8");
        var radians = (float)(skew * Math.PI / 180);
        // The leader-line dots of the binarised print layer (300 dpi sizes), as LeaderLineRemover selects them.
        using var binPrint = ImagePipeline.Run(layers.Print, page.Dpi, steps with { RemoveLeaderLines = false }).Pix;
        int changed;
        using var dots = LeptonicaNative.pixSelectBySize(binPrint, LeaderLineRemover.MaxDotWidth, LeaderLineRemover.MaxDotHeight, 8, LeptonicaNative.SelectIfBoth, LeptonicaNative.SelectIfLte, &changed);
        var contenders = new (string Name, Func<int> Run)[]
        {
            ("leader runs, closing + opening (Leptonica)", () =>
            {
                using var bridged = Pix.Check(LeptonicaNative.pixCloseSafeBrick(IntPtr.Zero, dots, LeaderLineRemover.MaxDotGap + 1, 1), "pixCloseSafeBrick");
                using var runs = Pix.Check(LeptonicaNative.pixOpenBrick(IntPtr.Zero, bridged, LeaderLineRemover.MinRunLength, 1), "pixOpenBrick");
                return Dispose(Pix.Check(LeptonicaNative.pixAnd(IntPtr.Zero, runs, dots), "pixAnd"));
            }),
            ("leader runs, row scan", () => Dispose(DotRuns.InRuns(dots, LeaderLineRemover.MaxDotGap, LeaderLineRemover.MinRunLength))),
            ("print Sauvola, whole page (Leptonica)", () => Dispose(Sauvola(gray, halfWindow, steps.SauvolaFactor))),
            ("print Sauvola, by regions", () => Dispose(SparseBinarizer.BinarizePrint(gray, halfWindow, steps.SauvolaFactor, g => Sauvola(g, halfWindow, steps.SauvolaFactor)))),
            ("print Sauvola, where pixels can turn black", () => Dispose(SauvolaBinarizer.Binarize(gray, halfWindow, steps.SauvolaFactor))),
            ("ink mask, Leptonica steps", () =>
            {
                using var darkest = Pix.Check(LeptonicaNative.pixConvertRGBToGrayMinMax(page.Pix, LeptonicaNative.ChooseMin), "pixConvertRGBToGrayMinMax");
                return Dispose(ColouredInk.InkMask(page.Pix, darkest, steps.ColouredInkMinChroma));
            }),
            ("ink mask, one pass", () =>
            {
                var (darkest, ink) = ColouredInk.DarkestAndInk(page.Pix, steps.ColouredInkMinChroma);
                darkest.Dispose();
                return Dispose(ink);
            }),
            ("grey (Leptonica)", () => Dispose(Pix.Check(LeptonicaNative.pixConvertTo8(page.Pix, 0), "pixConvertTo8"))),
            ("grey, eight pixels at a time", () => Dispose(GreyConversion.ToGrey(page.Pix))),
            ("dark pixels of the grey (Leptonica)", () => Dispose(Pix.Check(LeptonicaNative.pixConvertTo1(gray, 160), "pixConvertTo1"))),
            ("dark pixels, 32 at a time", () => Dispose(DarkPixels.ToBinary(gray, 160))),
            ("line direction", () => TextLineDirection.RunAcross(gray) ? 1 : 0),
            ("colour split", () =>
            {
                // The split whitens the grey it is given into its print layer: a copy, as the pipeline's own grey is used once.
                using var luminance = Pix.Check(LeptonicaNative.pixCopy(IntPtr.Zero, gray), "pixCopy");
                using var split = ColouredInk.Split(page.Pix, page.Dpi, steps, luminance);
                return split?.InkPixels ?? 0;
            }),
            ("print rotation, whole page (Leptonica)", () => Dispose(Pix.Check(LeptonicaNative.pixRotate(printGray, radians, LeptonicaNative.RotateAreaMap, LeptonicaNative.BringInWhite, 0, 0), "pixRotate"))),
            ("print rotation, where Sauvola reads", () => Dispose(PrintRotation.RotateForSauvola(printGray, radians, halfWindow, steps.SauvolaFactor))),
            ("print: skew measure", () => (int)ImagePipeline.MeasureSkew(layers.Print)),
            ("print: deskew", () => Dispose(ImagePipeline.Run(layers.Print, page.Dpi, steps with { Binarize = false, RemoveLeaderLines = false }).Pix)),
            ("print: deskew, Sauvola", () => Dispose(ImagePipeline.Run(layers.Print, page.Dpi, steps with { RemoveLeaderLines = false }).Pix)),
            ("print: all steps", () => Dispose(ImagePipeline.Run(layers.Print, page.Dpi, steps).Pix)),
            ("ink: all steps", () => Dispose(ImagePipeline.Run(layers.Ink, page.Dpi, steps with { RemoveLeaderLines = false }, skew, sparse: true).Pix)),
            ("clean-up alone (default steps)", () => OcrBenchmarkInput.CleanUp(page)),
        };

        foreach (var c in contenders) c.Run();
        var times = contenders.Select(_ => new List<double>()).ToArray();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                var before = process.TotalProcessorTime;
                contenders[k].Run();
                process.Refresh();
                times[k].Add((process.TotalProcessorTime - before).TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memo-000 JPEG, {rounds} rounds, process CPU ms"));
        Console.WriteLine("  contender                                median     best");
        for (var k = 0; k < contenders.Length; k++)
        {
            var sorted = times[k].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {contenders[k].Name,-38} {sorted[sorted.Count / 2],8:F1} {sorted[0],8:F1}"));
        }

        return 0;
    }

    private static int Dispose(PixHandle pix)
    {
        using (pix) return pix.Width;
    }

    private static PixHandle Sauvola(PixHandle gray, int halfWindow, float factor)
    {
        var tiles = Math.Max(1, Math.Max(gray.Width, gray.Height) / 1000);
        IntPtr binary = IntPtr.Zero;
        if (LeptonicaNative.pixSauvolaBinarizeTiled(gray, halfWindow, factor, tiles, tiles, null, &binary) != 0 || binary == IntPtr.Zero)
        {
            throw new InvalidOperationException("Leptonica pixSauvolaBinarizeTiled failed.");
        }

        var handle = new PixHandle();
        Marshal.InitHandle(handle, binary);
        return handle;
    }
}
