namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Which clean-up steps run on a page image before recognition. Each is measured in docs/ocr.md.</summary>
public sealed record ImagePipelineOptions
{
    /// <summary>The steps that lowered the error rate in the measurements of docs/ocr.md.</summary>
    public static ImagePipelineOptions Default { get; } = new();

    /// <summary>No clean-up at all: the decoded image goes straight to Tesseract (which binarises with Otsu itself).</summary>
    public static ImagePipelineOptions None { get; } = new()
    {
        Deskew = false, NormalizeBackground = false, Binarize = false, RemoveLeaderLines = false, Upscale = false, DetectUpsideDown = false, DetectOrientation = false,
        SeparateColouredInk = false, ReadColouredInk = false,
    };

    /// <summary>Measure the skew of text lines and rotate them level (only when the skew is at least <see cref="MinDeskewDegrees"/>).</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Smallest skew, in degrees, worth a rotation (rotating resamples the page).</summary>
    public double MinDeskewDegrees { get; init; } = 0.2;

    /// <summary>Flatten uneven lighting (shadows at the fold, grey paper) with Leptonica's background normalisation.</summary>
    public bool NormalizeBackground { get; init; }

    /// <summary>Binarise with Sauvola's local threshold instead of leaving it to Tesseract's global Otsu.</summary>
    public bool Binarize { get; init; } = true;

    /// <summary>Sauvola window half-size in pixels at 300 dpi (scaled with the resolution).</summary>
    public int SauvolaHalfWindow { get; init; } = 25;

    /// <summary>Sauvola k factor.</summary>
    public float SauvolaFactor { get; init; } = 0.35f;

    /// <summary>Remove dotted leader lines and free-standing rules (memo header fields are printed on them): whole dot components in horizontal runs only, so text strokes stay intact.</summary>
    /// <remarks>On by default: memo CER 17.05 % → 9.48 %, synthetic memo pages better, clean text unchanged (docs/ocr.md).</remarks>
    public bool RemoveLeaderLines { get; init; } = true;

    /// <summary>Upscale pages below <see cref="MinDpi"/> (96-dpi scans, small line crops) so that text reaches a size the model was trained on.</summary>
    public bool Upscale { get; init; } = true;

    /// <summary>Pages (or crops) with a lower resolution, or shorter than <see cref="MinHeightPixels"/>, are upscaled.</summary>
    public int MinDpi { get; init; } = 150;

    /// <summary>Crops shorter than this are upscaled so a single text line is at least this high.</summary>
    public int MinHeightPixels { get; init; } = 60;

    /// <summary>On colour scans, read black print apart from coloured ink (blue-pen signatures, serials and days; red urgency
    /// marks; blue or violet receipt stamps), which otherwise turns the printed lines it crosses into junk.</summary>
    public bool SeparateColouredInk { get; init; } = true;

    /// <summary>Recognise the coloured-ink layer as well and put its confident lines (urgency marks, receipt stamps) before the page text.</summary>
    public bool ReadColouredInk { get; init; } = true;

    /// <summary>Chroma (brightest minus darkest channel, 0..255) from which a pixel counts as coloured ink.</summary>
    public int ColouredInkMinChroma { get; init; } = 48;

    /// <summary>Chroma down to which coloured ink grows from the pixels of <see cref="ColouredInkMinChroma"/> into the pixels
    /// they touch (a thin stroke's chroma is diluted by JPEG); at or above <see cref="ColouredInkMinChroma"/>: no growth.</summary>
    public int ColouredInkGrowChroma { get; init; } = 20;

    /// <summary>Share of the page's pixels that must be coloured ink before the page is split (below it, JPEG colour noise).</summary>
    public double ColouredInkMinShare { get; init; } = 0.0002;

    /// <summary>Lines of the coloured-ink layer read with less confidence (0..1) are dropped: handwriting reads as junk.</summary>
    public float MinColouredInkLineConfidence { get; init; } = 0.6f;

    /// <summary>Turn pages upright (90°, 180°, 270°) with Tesseract's orientation model, osd.traineddata, when it is installed
    /// (Debian: tesseract-ocr-osd; searched in the models folder, then the usual tessdata folders). Without it pages are read as they are.
    /// The model runs only when the page's text lines do not clearly run across it (<see cref="TextLineDirection"/>): it costs about a second a page.</summary>
    public bool DetectOrientation { get; init; } = true;

    /// <summary>Recognise pages again rotated 180° when confidence is low, and keep the better reading.</summary>
    public bool DetectUpsideDown { get; init; } = true;

    /// <summary>Mean confidence (0..100) below which the 180° retry is attempted.</summary>
    public float UpsideDownRetryBelowConfidence { get; init; } = 60f;
}
