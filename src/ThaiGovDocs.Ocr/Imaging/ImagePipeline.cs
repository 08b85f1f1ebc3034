using System.Runtime.InteropServices;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Cleans a page image for recognition: grey, upscale, background, deskew, binarisation, leader lines — each step optional.</summary>
internal static unsafe class ImagePipeline
{
    /// <summary>Result of the clean-up: the image to recognise and the resolution to tell Tesseract.</summary>
    /// <param name="Pix">Cleaned image (owned by the caller).</param>
    /// <param name="Dpi">Resolution after any upscaling.</param>
    /// <param name="Scale">Factor from input pixels to cleaned pixels (boxes are divided by it to report input coordinates).</param>
    /// <param name="SkewDegrees">Skew that was corrected, 0 when none.</param>
    public sealed record Result(PixHandle Pix, int Dpi, float Scale, float SkewDegrees);

    /// <summary>Runs the enabled steps on <paramref name="source"/> (which is left untouched).</summary>
    /// <param name="source">Page image.</param>
    /// <param name="dpi">Its resolution (0: unknown).</param>
    /// <param name="options">Which steps run.</param>
    /// <param name="skewDegrees">Skew to correct instead of measuring it (another layer of the same page was measured).</param>
    /// <param name="sparse">The page is white but for a few regions (a coloured-ink layer): turned and binarised region by region, to the same result.</param>
    public static Result Run(PixHandle source, int dpi, ImagePipelineOptions options, float? skewDegrees = null, bool sparse = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A grey page (a layer of the colour split) is only read by the steps, each of which makes a new image: it is
        // shared, not copied (a page-sized copy and its fresh memory, twice a colour page).
        var pix = IsPlainGrey(source) ? Pix.Check(LeptonicaNative.pixClone(source), "pixClone") : GreyConversion.ToGrey(source);
        try
        {
            var effectiveDpi = dpi > 0 ? dpi : 300;
            var scale = 1f;
            if (options.Upscale)
            {
                scale = UpscaleFactor(pix.Height, dpi, options);
                if (scale > 1f)
                {
                    Pix.Replace(ref pix, Pix.Check(LeptonicaNative.pixScale(pix, scale, scale), "pixScale"));
                    effectiveDpi = (int)Math.Round(effectiveDpi * scale);
                }
            }

            if (options.NormalizeBackground)
            {
                Pix.Replace(ref pix, Pix.Check(LeptonicaNative.pixBackgroundNormSimple(pix, IntPtr.Zero, IntPtr.Zero), "pixBackgroundNormSimple"));
            }

            var skew = 0f;
            if (options.Deskew)
            {
                skew = skewDegrees ?? MeasureSkew(pix);
                if (Math.Abs(skew) >= options.MinDeskewDegrees)
                {
                    var radians = (float)(skew * Math.PI / 180);
                    Pix.Replace(ref pix, sparse
                        ? SparseRotation.Rotate(pix, radians)
                        : options.Binarize ? PrintRotation.RotateForSauvola(pix, radians, SauvolaHalfWindow(effectiveDpi, options), options.SauvolaFactor)
                        : Pix.Check(LeptonicaNative.pixRotate(pix, radians, LeptonicaNative.RotateAreaMap, LeptonicaNative.BringInWhite, 0, 0), "pixRotate"));
                }
                else
                {
                    skew = 0;
                }
            }

            if (options.Binarize)
            {
                // Leptonica's Sauvola, computed only where a pixel can turn black (SauvolaBinarizer); a page smaller than
                // the window goes to Leptonica region by region, as before.
                var halfWindow = SauvolaHalfWindow(effectiveDpi, options);
                Pix.Replace(ref pix, SauvolaBinarizer.Fits(pix.Width, pix.Height, halfWindow) && SauvolaBinarizer.Takes(options.SauvolaFactor)
                    ? SauvolaBinarizer.Binarize(pix, halfWindow, options.SauvolaFactor)
                    : sparse
                    ? SparseBinarizer.Binarize(pix, halfWindow, g => Binarize(g, effectiveDpi, options))
                    : SparseBinarizer.BinarizePrint(pix, halfWindow, options.SauvolaFactor, g => Binarize(g, effectiveDpi, options)));
            }

            // On the binarised page when there is one (the dots are then exactly the components Tesseract would see).
            if (options.RemoveLeaderLines) Pix.Replace(ref pix, LeaderLineRemover.Remove(pix, effectiveDpi));

            // No step ran: the result is the caller's to change, the source is not.
            if (pix.DangerousGetHandle() == source.DangerousGetHandle()) Pix.Replace(ref pix, Pix.Check(LeptonicaNative.pixCopy(IntPtr.Zero, pix), "pixCopy"));
            _ = LeptonicaNative.pixSetResolution(pix, effectiveDpi, effectiveDpi);
            return new Result(pix, effectiveDpi, scale, skew);
        }
        catch
        {
            pix.Dispose();
            throw;
        }
    }

    /// <summary>An 8-bit page without a colour map: <c>pixConvertTo8</c> would return a copy of it.</summary>
    private static bool IsPlainGrey(PixHandle page) => page.Depth == 8 && LeptonicaNative.pixGetColormap(page) == IntPtr.Zero;

    /// <summary>How much to enlarge: enough to bring low-resolution scans to 300 dpi and short line crops to the minimum height.</summary>
    internal static float UpscaleFactor(int height, int dpi, ImagePipelineOptions options)
    {
        var factor = 1f;
        if (dpi > 0 && dpi < options.MinDpi) factor = 300f / dpi;
        if (height < options.MinHeightPixels) factor = Math.Max(factor, (float)options.MinHeightPixels / height);
        return Math.Min(factor, 4f);
    }

    /// <summary>Skew of the text lines in degrees (Leptonica's sign convention), 0 when it cannot be measured with confidence.</summary>
    internal static float MeasureSkew(PixHandle gray)
    {
        using var binary = DarkPixels.ToBinary(gray, 160);
        var (angle, confidence) = FindSkew(binary);
        return confidence >= 2.5f ? angle : 0;
    }

    /// <summary>Leptonica's skew search on a 1-bit page: the angle of its text lines and how sharply rows of ink line up at it (0 when it fails).</summary>
    internal static (float Angle, float Confidence) FindSkew(PixHandle binary)
    {
        float angle, confidence;
        return LeptonicaNative.pixFindSkew(binary, &angle, &confidence) == 0 ? (angle, confidence) : (0f, 0f);
    }

    private static int SauvolaHalfWindow(int dpi, ImagePipelineOptions options) => Math.Max(8, options.SauvolaHalfWindow * dpi / 300);

    private static PixHandle Binarize(PixHandle gray, int dpi, ImagePipelineOptions options)
    {
        var halfWindow = SauvolaHalfWindow(dpi, options);
        var tiles = Math.Max(1, Math.Max(gray.Width, gray.Height) / 1000);
        IntPtr binary = IntPtr.Zero;
        if (LeptonicaNative.pixSauvolaBinarizeTiled(gray, halfWindow, options.SauvolaFactor, tiles, tiles, null, &binary) != 0 || binary == IntPtr.Zero)
        {
            throw new InvalidOperationException("Leptonica pixSauvolaBinarizeTiled failed.");
        }

        var handle = new PixHandle();
        Marshal.InitHandle(handle, binary);
        return handle;
    }
}
