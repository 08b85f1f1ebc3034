using System.Globalization;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;
using ThaiGovDocs.Ocr.Recognition;

/// <summary>Writes a colour page's layers (print, ink, ink as read) and prints the sparse reading's lines with their
/// confidences, in the page's pixels: to see where a stamp's text is lost (the split, the clean-up, the segmentation, the
/// confidence filter). Usage: OcrEval ink VARIANT page.jpg out-prefix.</summary>
internal static unsafe class InkDump
{
    public static void Run(string input, string outputPrefix, OcrOptions options)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode(input, File.ReadAllBytes(input), 100_000_000, null);
        var pipeline = options.Pipeline;
        if (int.TryParse(Environment.GetEnvironmentVariable("INKDUMP_REPEAT"), out var repeat))
        {
            // The split's own time, median of the repeats (to weigh a change to the split against the page).
            var times = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                ColouredInk.Split(decoded.Pix, decoded.Dpi, pipeline)?.Dispose();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"split median {times[times.Count / 2]:0.0} ms"));
        }

        using var layers = ColouredInk.Split(decoded.Pix, decoded.Dpi, pipeline) ?? throw new InvalidOperationException("no coloured ink");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dpi {decoded.Dpi} ink pixels {layers.InkPixels}"));
        Write(layers.Ink, outputPrefix + ".ink.png");
        Write(layers.Print, outputPrefix + ".print.png");
        // The ink is turned by the print's skew, as in PageRecognizer.
        var printCleaned = ImagePipeline.Run(layers.Print, decoded.Dpi, pipeline);
        printCleaned.Pix.Dispose();
        var skew = printCleaned.SkewDegrees;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"print skew {skew}"));
        var cleaned = PageRecognizer.CleanInk(layers.Ink, decoded.Dpi, 0, skew, pipeline);
        using (cleaned.Pix)
        {
            Write(cleaned.Pix, outputPrefix + ".ink-clean.png");
            var tessdata = TessdataLocator.Locate(options.Languages, options.TessdataPath);
            using var engine = new OcrEngine(tessdata, options.Languages, options.PageSegmentationMode, options.Variables);
            var reading = engine.RecognizeSparse(cleaned.Pix, cleaned.Dpi, CancellationToken.None);
            foreach (var l in reading.Lines)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  y {l.Y,5} h {l.Height,4} x {l.X,5} w {l.Width,5} c {l.Confidence:0.00} {l.Text}"));
            }
        }
    }

    /// <summary>Writes <paramref name="pix"/> as a PNG file (also the cleaned page of <see cref="CleanedPage"/>).</summary>
    internal static void Write(PixHandle pix, string path)
    {
        byte* data;
        nuint size;
        if (LeptonicaNative.pixWriteMem(&data, &size, pix, (int)LeptonicaNative.ImageFormat.Png) != 0) throw new InvalidOperationException("pixWriteMem failed");
        try
        {
            File.WriteAllBytes(path, new ReadOnlySpan<byte>(data, checked((int)size)).ToArray());
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }
}
