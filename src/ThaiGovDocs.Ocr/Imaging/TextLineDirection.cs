using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Tells cheaply whether a page's text lines run across it (upright or upside down) rather than up and down.</summary>
/// <remarks>
/// Tesseract's orientation model costs about a second a page; almost every page is upright. Leptonica's skew search
/// scores how sharply the rows of ink line up: on the test pages and the memo scans, lines across score 6.5–14.5 and the
/// same page turned 90° scores 1.2–1.8. A page whose lines clearly run across needs no orientation model (a page upside
/// down is still caught by the low-confidence 180° retry).
/// </remarks>
internal static class TextLineDirection
{
    /// <summary>Smallest skew-search confidence of lines running across.</summary>
    internal const float MinAcrossConfidence = 4f;

    /// <summary>How many times sharper the rows must line up across than down.</summary>
    internal const float MinAcrossToDownRatio = 2.5f;

    /// <summary>Whether the text lines of <paramref name="page"/> clearly run horizontally.</summary>
    public static bool RunAcross(PixHandle page)
    {
        if (page.Depth == 8) return RunAcrossGray(page);
        using var gray = GreyConversion.ToGrey(page);
        return RunAcrossGray(gray);
    }

    /// <summary><see cref="RunAcross"/> of an 8-bit page.</summary>
    private static bool RunAcrossGray(PixHandle gray)
    {
        using var ink = DarkPixels.ToBinary(gray, 160);
        using var turned = Pix.Check(LeptonicaNative.pixRotateOrth(ink, 1), "pixRotateOrth");
        var across = ImagePipeline.FindSkew(ink).Confidence;
        var down = ImagePipeline.FindSkew(turned).Confidence;
        return across >= MinAcrossConfidence && across >= MinAcrossToDownRatio * down;
    }
}
