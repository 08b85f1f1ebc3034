using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Cleans one page image, recognises it (again turned 180° when confidence is low), and reports boxes in the decoded image's pixels.</summary>
internal static class PageRecognizer
{
    /// <summary>Recognises <paramref name="image"/> as page <paramref name="number"/>.</summary>
    public static ScanPage Recognize(OcrEngine engine, DecodedImage image, int number, OcrOptions options, CancellationToken ct)
    {
        var pipeline = options.Pipeline;
        var width = image.Pix.Width;
        var height = image.Pix.Height;
        // The page's grey serves both the line-direction test and, on a colour page, the print layer (whitened in place by the split).
        using var gray = pipeline.DetectOrientation || pipeline.SeparateColouredInk ? GreyConversion.ToGrey(image.Pix) : null;
        var turn = pipeline.DetectOrientation && !TextLineDirection.RunAcross(gray!) ? engine.UprightRotation(image.Pix, image.Dpi) : 0;
        using var layers = pipeline.SeparateColouredInk ? ColouredInk.Split(image.Pix, image.Dpi, pipeline, gray) : null;
        var cleaned = Clean(layers?.Print ?? image.Pix, image.Dpi, turn, pipeline, skewDegrees: null);
        var (uprightWidth, uprightHeight) = turn % 180 == 0 ? (width, height) : (height, width);
        try
        {
            // The ink is read first: its groups tell which printed lines need their words' boxes.
            var readInk = layers is not null && pipeline.ReadColouredInk;
            var ink = readInk ? ReadInk(engine, layers!.Ink, image.Dpi, turn, cleaned.SkewDegrees, options, ct) : null;
            var reading = engine.Recognize(cleaned.Pix, cleaned.Dpi, options.IncludeHocr, options.IncludeTsv, options.RepairLines, WordBoxesFor(ink, pipeline), ct);
            var rotation = 0;
            if (pipeline.DetectUpsideDown && reading.MeanConfidence * 100 < pipeline.UpsideDownRetryBelowConfidence)
            {
                using var turned = Pix.Check(LeptonicaNative.pixRotateOrth(cleaned.Pix, 2), "pixRotateOrth");
                var turnedInk = readInk ? ReadInk(engine, layers!.Ink, image.Dpi, (turn + 180) % 360, cleaned.SkewDegrees, options, ct) : null;
                var second = engine.Recognize(turned, cleaned.Dpi, options.IncludeHocr, options.IncludeTsv, options.RepairLines, WordBoxesFor(turnedInk, pipeline), ct);
                if (second.MeanConfidence > reading.MeanConfidence + 0.05f)
                {
                    reading = second;
                    ink = turnedInk;
                    rotation = 180;
                }
            }

            if (ink is not null) reading = InkLines.Merge(ink, reading, pipeline.MinColouredInkLineConfidence);

            var lines = reading.Lines.Select(l => UndoQuarterTurns(ToSourcePixels(l, cleaned.Scale, rotation, uprightWidth, uprightHeight), turn, width, height)).ToArray();
            return new ScanPage(number, reading.Text, ScanPage.OcrSource, width, height, image.Dpi, reading.MeanConfidence, lines, reading.Hocr, reading.Tsv)
            {
                RotationApplied = (turn + rotation) % 360,
                SkewCorrected = cleaned.SkewDegrees,
                ColouredInkSeparated = layers is not null,
            };
        }
        finally
        {
            cleaned.Pix.Dispose();
        }
    }

    private static WordBoxDemand WordBoxesFor(PageRecognition? ink, ImagePipelineOptions pipeline) =>
        ink is null ? WordBoxDemand.None : InkLines.WordBoxesFor(ink, pipeline.MinColouredInkLineConfidence);

    /// <summary>Turns <paramref name="source"/> upright by <paramref name="turn"/>° and runs the clean-up steps on it.</summary>
    private static ImagePipeline.Result Clean(PixHandle source, int dpi, int turn, ImagePipelineOptions pipeline, float? skewDegrees, bool sparse = false)
    {
        if (turn == 0) return ImagePipeline.Run(source, dpi, pipeline, skewDegrees, sparse);
        using var upright = Pix.Check(LeptonicaNative.pixRotateOrth(source, turn / 90), "pixRotateOrth");
        return ImagePipeline.Run(upright, dpi, pipeline, skewDegrees, sparse);
    }

    /// <summary>Reads the coloured-ink layer turned and deskewed exactly as the print was, so its boxes line up with the print's.</summary>
    private static PageRecognition ReadInk(OcrEngine engine, PixHandle ink, int dpi, int turn, float skewDegrees, OcrOptions options, CancellationToken ct)
    {
        var cleaned = CleanInk(ink, dpi, turn, skewDegrees, options.Pipeline);
        using (cleaned.Pix)
        {
            return engine.RecognizeSparse(cleaned.Pix, cleaned.Dpi, ct);
        }
    }

    /// <summary>The coloured-ink layer as it is read: turned, deskewed and binarised as the print was.</summary>
    internal static ImagePipeline.Result CleanInk(PixHandle ink, int dpi, int turn, float skewDegrees, ImagePipelineOptions pipeline) =>
        // A stamp's leader dots are left out of the layer already (ColouredInk): leader removal is not worth its cost here.
        Clean(ink, dpi, turn, pipeline with { RemoveLeaderLines = false }, skewDegrees, sparse: true);

    /// <summary>Maps a box of the page turned <paramref name="turn"/>° clockwise back to the page as decoded (<paramref name="width"/> × <paramref name="height"/>).</summary>
    internal static OcrLine UndoQuarterTurns(OcrLine line, int turn, int width, int height) => turn switch
    {
        90 => line with { X = line.Y, Y = Math.Max(0, height - (line.X + line.Width)), Width = line.Height, Height = line.Width },
        180 => line with { X = Math.Max(0, width - (line.X + line.Width)), Y = Math.Max(0, height - (line.Y + line.Height)) },
        270 => line with { X = Math.Max(0, width - (line.Y + line.Height)), Y = line.X, Width = line.Height, Height = line.Width },
        _ => line,
    };

    /// <summary>Undoes upscaling and a 180° turn so boxes refer to the page image as decoded.</summary>
    private static OcrLine ToSourcePixels(OcrLine line, float scale, int rotation, int width, int height)
    {
        int x = (int)(line.X / scale), y = (int)(line.Y / scale), w = (int)Math.Ceiling(line.Width / scale), h = (int)Math.Ceiling(line.Height / scale);
        if (rotation == 180) { x = width - x - w; y = height - y - h; }
        return line with { X = Math.Max(0, x), Y = Math.Max(0, y), Width = w, Height = h };
    }
}
