using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Erases dotted leader lines and free-standing rules, which otherwise make Tesseract drop whole header lines of memos.</summary>
/// <remarks>
/// Only whole connected components are erased, never parts of one, so text strokes stay intact:
/// <list type="bullet">
/// <item>a <b>dot</b> is a component no larger than a dot (wide ≤ <see cref="MaxDotWidth"/>, high ≤ <see cref="MaxDotHeight"/>)
/// that belongs to a horizontal run of such dots: dots closed with a horizontal bar of <see cref="MaxDotGap"/> merge into one
/// row at least <see cref="MinRunLength"/> long only when they share a baseline at a regular, short pitch (tone marks, full stops
/// and vowel marks are taller, sparser or at different heights);</item>
/// <item>a <b>rule</b> is a component at least <see cref="MinRunLength"/> wide and at most <see cref="MaxRuleHeight"/> high
/// (underlines and table rules that touch no text).</item>
/// </list>
/// Dots merged with a letter (printed through its foot) are left alone. Sizes are pixels at 300 dpi, scaled with the resolution.
/// </remarks>
internal static unsafe class LeaderLineRemover
{
    /// <summary>Widest dot or dash of a leader line, at 300 dpi.</summary>
    internal const int MaxDotWidth = 10;

    /// <summary>Highest dot of a leader line, at 300 dpi (Thai tone marks and lower vowels are taller).</summary>
    internal const int MaxDotHeight = 6;

    /// <summary>Largest gap between two dots of one line, at 300 dpi (memo forms: 5–12 px).</summary>
    internal const int MaxDotGap = 18;

    /// <summary>Shortest leader line or rule, at 300 dpi (5 mm: the dots between a label and its value count).</summary>
    internal const int MinRunLength = 60;

    /// <summary>Thickest free-standing rule, at 300 dpi.</summary>
    internal const int MaxRuleHeight = 8;

    /// <summary>Returns a copy of <paramref name="image"/> (1-bit ink = 1, or 8-bit grey) with leader dots and rules whitened.</summary>
    public static PixHandle Remove(PixHandle image, int dpi)
    {
        if (image.Depth == 1)
        {
            using var erase = FindLeaderInk(image, dpi);
            return Pix.Check(pixSubtract(IntPtr.Zero, image, erase), "pixSubtract");
        }

        using var ink = Pix.Check(pixConvertTo1(image, 160), "pixConvertTo1");
        using var mask = FindLeaderInk(ink, dpi);
        using var white = Pix.Check(pixConvert1To8(IntPtr.Zero, mask, 0, 255), "pixConvert1To8");
        return Pix.Check(pixOr(IntPtr.Zero, image, white), "pixOr");
    }

    /// <summary>The pixels of <paramref name="ink"/> (1-bit) that belong to leader dots or free-standing rules.</summary>
    internal static PixHandle FindLeaderInk(PixHandle ink, int dpi)
    {
        double k = (dpi > 0 ? dpi : 300) / 300.0;
        int Px(double v) => Math.Max(1, (int)Math.Round(v * k));
        int changed;

        // One connected-component pass serves both selections (pixSelectBySize would make one for each, and one more for the rules
        // among the wide components): a component's pixels and box are the same whichever image it is found in.
        IntPtr components = IntPtr.Zero, wideComponents = IntPtr.Zero, ruleComponents = IntPtr.Zero, dotComponents = IntPtr.Zero;
        var boxes = pixConnComp(ink, &components, 8);
        try
        {
            if (boxes == IntPtr.Zero || components == IntPtr.Zero) throw new InvalidOperationException("Leptonica pixConnComp failed.");
            int w = ink.Width, h = ink.Height;
            dotComponents = pixaSelectBySize(components, Px(MaxDotWidth), Px(MaxDotHeight), SelectIfBoth, SelectIfLte, &changed);
            wideComponents = pixaSelectBySize(components, Px(MinRunLength), 0, SelectWidth, SelectIfGte, &changed);
            ruleComponents = wideComponents == IntPtr.Zero ? IntPtr.Zero : pixaSelectBySize(wideComponents, 0, Px(MaxRuleHeight), SelectHeight, SelectIfLte, &changed);
            if (dotComponents == IntPtr.Zero || ruleComponents == IntPtr.Zero) throw new InvalidOperationException("Leptonica pixaSelectBySize failed.");
            using var dots = Pix.Check(pixaDisplay(dotComponents, w, h), "pixaDisplay");
            using var rules = Pix.Check(pixaDisplay(ruleComponents, w, h), "pixaDisplay");
            return LeaderInk(dots, rules, Px);
        }
        finally
        {
            pixaDestroy(&dotComponents);
            pixaDestroy(&ruleComponents);
            pixaDestroy(&wideComponents);
            pixaDestroy(&components);
            boxaDestroy(&boxes);
        }
    }

    /// <summary>The dots that line up in runs, and the rules.</summary>
    private static PixHandle LeaderInk(PixHandle dots, PixHandle rules, Func<double, int> px)
    {
        // Dots bridged by a horizontal closing, runs kept by an opening: found row by row, to the same pixels (DotRuns).
        using var seeds = DotRuns.InRuns(dots, px(MaxDotGap), px(MinRunLength));
        using var leaderDots = Pix.Check(pixSeedfillBinary(IntPtr.Zero, seeds, dots, 8), "pixSeedfillBinary");
        return Pix.Check(pixOr(IntPtr.Zero, leaderDots, rules), "pixOr");
    }
}
