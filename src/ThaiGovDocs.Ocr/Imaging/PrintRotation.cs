using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Deskews a printed page that is binarised next, computing the rotation only where the binarisation can tell.</summary>
/// <remarks>
/// After Sauvola (<see cref="SparseBinarizer.BinarizePrint"/>) a pixel can be black only within h + 1 pixels of a pixel darker
/// than <see cref="SparseBinarizer.LightFrom"/> (h the window half-size), and its threshold reads the levels within h of it:
/// so only the levels within 2h + 1 of a dark pixel of the turned page matter, and all else may be any light level. A turned
/// pixel is an area-weighted mean of four source pixels, dark only if one of them is dark; so the turned page is computed
/// (Leptonica's arithmetic, <see cref="SparseRotation"/>) in the boxes around the source's dark pixels grown by 2h + 1
/// stretched by the turn, and is white elsewhere. The margins, the white between paragraphs and the empty lower half of a short
/// letter are then never resampled. Binarised, the result is pixel for pixel that of Leptonica's whole-page rotation.
/// </remarks>
internal static class PrintRotation
{
    /// <summary>Above this share of the page in boxes the whole page is turned by Leptonica (the boxes save too little).</summary>
    internal const double MaxRegionShare = 0.8;

    /// <summary><paramref name="gray"/> turned <paramref name="radians"/> clockwise about its centre, exact wherever Sauvola with
    /// half-window <paramref name="halfWindow"/> and factor <paramref name="factor"/> reads it.</summary>
    public static PixHandle RotateForSauvola(PixHandle gray, float radians, int halfWindow, float factor)
    {
        var light = SparseBinarizer.LightFrom(factor);
        if (light <= 255)
        {
            // A target offset of d pixels reads source pixels up to d (|cos| + |sin|) away, and the four source pixels one more.
            var reach = (int)Math.Ceiling(((2 * halfWindow) + 1) * (Math.Abs(Math.Cos(radians)) + Math.Abs(Math.Sin(radians)))) + 2;
            var regions = SparseBinarizer.Regions(gray, reach, light, cut: true);
            if (regions.Sum(r => (long)r.Width * r.Height) <= MaxRegionShare * gray.Width * gray.Height) return SparseRotation.Rotate(gray, radians, regions);
        }

        return Pix.Check(pixRotate(gray, radians, RotateAreaMap, BringInWhite, 0, 0), "pixRotate");
    }
}
