using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Splits a colour scan into its black print and its coloured ink: blue-pen signatures, serials and days, red
/// urgency marks, blue or violet receipt stamps.</summary>
/// <remarks>
/// On a grey page blue ink is as dark as print, so a signature across the rank line, or a handwritten serial beside the
/// printed number, turns the whole line into junk. Ink is told apart by its chroma (brightest minus darkest channel):
/// print is neutral grey, pen and stamp ink are not. The print layer is the page's luminance with every coloured pixel
/// and a small halo around it whitened (the brightest channel, tried first, thinned the print and cost 6 of 103 memo
/// fields); the ink layer is the darkest channel inside that halo and white elsewhere. Light tints of aged paper are not ink: a pixel must also be darker than
/// <see cref="MaxInkLightness"/> in its darkest channel.
/// </remarks>
internal static unsafe class ColouredInk
{
    /// <summary>Darkest-channel value above which a coloured pixel is paper tint, not ink.</summary>
    internal const int MaxInkLightness = 200;

    /// <summary>Halo, in pixels at 300 dpi, whitened around coloured ink (JPEG and scanner fringes have less chroma than the stroke).</summary>
    internal const int HaloPixels = 2;

    /// <summary>The two layers of a colour page; both 8-bit grey and the size of the source.</summary>
    /// <param name="Print">Black print with coloured ink whitened.</param>
    /// <param name="Ink">Coloured ink, dark on white; everything else white.</param>
    /// <param name="InkPixels">How many pixels were taken as coloured ink.</param>
    internal sealed record Layers(PixHandle Print, PixHandle Ink, int InkPixels) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose()
        {
            Print.Dispose();
            Ink.Dispose();
        }
    }

    /// <summary>Splits <paramref name="source"/>; null when it is not a colour image or holds too little coloured ink to matter.</summary>
    /// <param name="source">The page.</param>
    /// <param name="dpi">Its resolution (0: unknown).</param>
    /// <param name="options">The ink thresholds.</param>
    /// <param name="luminance">The page already converted to grey (<c>pixConvertTo8</c>), whitened in place into the print layer
    /// (the layer holds it too: the caller's handle stays valid, its pixels are the print's); null: converted here.</param>
    public static Layers? Split(PixHandle source, int dpi, ImagePipelineOptions options, PixHandle? luminance = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (source.Depth != 32) return null;

        // Most pages carry no coloured ink: tell from every fourth pixel of every fourth row before the full split.
        using (var sample = Pix.Check(pixScaleBySampling(source, 0.25f, 0.25f), "pixScaleBySampling"))
        {
            if (InkPixels(sample, options) < (long)sample.Width * sample.Height * options.ColouredInkMinShare / 2) return null;
        }

        // The darkest channel is both the ink test's lightness and, once masked, the ink layer: one pass makes both.
        var (darkest, ink, faint) = DarkestAndInk(source, options.ColouredInkMinChroma, options.ColouredInkGrowChroma);
        Layers? layers = null;
        try
        {
            using (faint)
            using (ink)
            {
                // Thin strokes keep little chroma in a JPEG (its colour is stored at half resolution and blurred with the
                // paper's white): the ink layer grows from the strongly coloured pixels into the faintly coloured ones they
                // touch. The print is whitened as before: the faint strokes are light, and its reading stays as it was.
                using var grown = faint is null ? null : Grow(ink, faint, dpi);
                layers = SplitWith(source, darkest, ink, grown ?? ink, dpi, options, luminance);
            }
            return layers;
        }
        finally
        {
            if (layers is null) darkest.Dispose();
        }
    }

    /// <summary>The split of <paramref name="source"/> given its <paramref name="darkest"/> channel, which becomes the ink layer (null: too little ink).</summary>
    /// <param name="source">The page.</param>
    /// <param name="darkest">Its darkest channel.</param>
    /// <param name="ink">The strongly coloured ink: whitened, with its halo, in the print layer.</param>
    /// <param name="read">The ink that the ink layer shows (<paramref name="ink"/> grown into its faint strokes); its frames are left out.</param>
    /// <param name="dpi">The page's resolution.</param>
    /// <param name="options">The ink thresholds.</param>
    /// <param name="luminance">The page in grey, whitened in place into the print layer, or null.</param>
    private static Layers? SplitWith(PixHandle source, PixHandle darkest, PixHandle ink, PixHandle read, int dpi, ImagePipelineOptions options, PixHandle? luminance)
    {
        int count;
        if (pixCountPixels(ink, &count, IntPtr.Zero) != 0) return null;
        if (count < (long)source.Width * source.Height * options.ColouredInkMinShare) return null;

        var halo = Math.Max(1, (int)Math.Round(HaloPixels * (dpi > 0 ? dpi : 300) / 300.0));
        using var inkAndHalo = Pix.Check(pixDilateBrick(IntPtr.Zero, ink, (2 * halo) + 1, (2 * halo) + 1), "pixDilateBrick");

        // A stamp's frame would join the line above it into one box of junk: it is left out of the ink layer.
        using var rules = InkRules.Find(read, dpi);
        using var text = rules is null ? null : Pix.Check(pixSubtract(IntPtr.Zero, read, rules), "pixSubtract");
        var shown = text ?? read;
        using var shownAndHalo = ReferenceEquals(shown, ink) ? null : Pix.Check(pixDilateBrick(IntPtr.Zero, shown, (2 * halo) + 1, (2 * halo) + 1), "pixDilateBrick");
        using var outside = Pix.Check(pixInvert(IntPtr.Zero, shownAndHalo ?? inkAndHalo), "pixInvert");

        var print = luminance is null ? Pix.Check(pixConvertTo8(source, 0), "pixConvertTo8") : Pix.Check(pixClone(luminance), "pixClone");
        if (pixSetMasked(print, inkAndHalo, 255) != 0 || pixSetMasked(darkest, outside, 255) != 0)
        {
            print.Dispose();
            throw new InvalidOperationException("Leptonica pixSetMasked failed.");
        }

        _ = pixSetResolution(print, dpi, dpi);
        _ = pixSetResolution(darkest, dpi, dpi);
        return new Layers(print, darkest, count);
    }

    /// <summary>Reach, in pixels at 300 dpi (1 mm), from strongly coloured ink to a faint stroke or dot of its own: a light
    /// vowel beside its letter, an agency's full stops.</summary>
    internal const int GrowReach = 12;

    /// <summary>
    /// The faintly coloured pixels connected to strong ink or within <see cref="GrowReach"/> of it, less the leader dots
    /// and free-standing rules among all faint ink (<see cref="LeaderLineRemover.FindLeaderInk"/>): a stamp's dotted lines
    /// are whole only there, the dots near its figures would be kept by the reach and glued to them.
    /// </summary>
    internal static PixHandle Grow(PixHandle ink, PixHandle faint, int dpi)
    {
        var reach = (int)Math.Round(GrowReach * (dpi > 0 ? dpi : 300) / 300.0);
        using var near = Pix.Check(pixDilateBrick(IntPtr.Zero, ink, (2 * reach) + 1, (2 * reach) + 1), "pixDilateBrick");
        using var seed = Pix.Check(pixAnd(IntPtr.Zero, near, faint), "pixAnd");
        using var grown = Pix.Check(pixSeedfillBinary(IntPtr.Zero, seed, faint, 8), "pixSeedfillBinary");
        using var leaders = LeaderLineRemover.FindLeaderInk(faint, dpi);
        return Pix.Check(pixSubtract(IntPtr.Zero, grown, leaders), "pixSubtract");
    }

    private static int InkPixels(PixHandle image, ImagePipelineOptions options)
    {
        var (darkest, ink) = DarkestAndInk(image, options.ColouredInkMinChroma);
        using (darkest)
        using (ink)
        {
            int count;
            return pixCountPixels(ink, &count, IntPtr.Zero) == 0 ? count : 0;
        }
    }

    /// <summary>
    /// The darkest channel of the 32-bit <paramref name="source"/> (8-bit, Leptonica's <c>pixConvertRGBToGrayMinMax</c> with
    /// <c>L_CHOOSE_MIN</c>) and the 1-bit mask of its coloured ink: chroma (brightest minus darkest channel) at least
    /// <paramref name="minChroma"/> and darkest channel below <see cref="MaxInkLightness"/>. One pass over the page instead
    /// of Leptonica's two channel conversions, two thresholds, an inversion and a conjunction, to the same pixels.
    /// </summary>
    internal static (PixHandle Darkest, PixHandle Ink) DarkestAndInk(PixHandle source, int minChroma)
    {
        var (darkest, ink, faint) = DarkestAndInk(source, minChroma, minChroma);
        faint?.Dispose();
        return (darkest, ink);
    }

    /// <summary>As <see cref="DarkestAndInk(PixHandle, int)"/>, with the mask of faintly coloured ink (chroma at least
    /// <paramref name="faintChroma"/>) from the same pass; null when <paramref name="faintChroma"/> is not below <paramref name="minChroma"/>.</summary>
    internal static (PixHandle Darkest, PixHandle Ink, PixHandle? Faint) DarkestAndInk(PixHandle source, int minChroma, int faintChroma)
    {
        int width = source.Width, height = source.Height;
        var darkest = Pix.Check(pixCreate(width, height, 8), "pixCreate");
        PixHandle? ink = null, faint = null;
        try
        {
            ink = Pix.Check(pixCreate(width, height, 1), "pixCreate");
            var withFaint = faintChroma < minChroma;
            if (withFaint) faint = Pix.Check(pixCreate(width, height, 1), "pixCreate");
            var low = withFaint ? faintChroma : minChroma;
            int wpls = pixGetWpl(source), wpld = pixGetWpl(darkest), wplm = pixGetWpl(ink);
            uint* src = pixGetData(source), dst = pixGetData(darkest), mask = pixGetData(ink), faintMask = withFaint ? pixGetData(faint!) : null;
            for (var y = 0; y < height; y++)
            {
                var s = src + (y * wpls);
                var d = (byte*)(dst + (y * wpld));
                var m = mask + (y * wplm);
                var f = faintMask + (y * wplm);
                var x = Avx2.IsSupported ? SplitEightAtATime(s, d, m, withFaint ? f : null, width, minChroma, low) : 0;
                for (; x < width; x++)
                {
                    // Leptonica's RGBA word: red in the top byte; 8-bit pixels sit most significant byte first in each word.
                    var p = s[x];
                    int r = (int)(p >> 24), g = (int)((p >> 16) & 0xff), b = (int)((p >> 8) & 0xff);
                    int min = Math.Min(r, Math.Min(g, b)), max = Math.Max(r, Math.Max(g, b));
                    d[x ^ 3] = (byte)min;
                    if (max - min < low || min >= MaxInkLightness) continue;
                    var bit = 0x80000000u >> (x & 31);
                    if (max - min >= minChroma) m[x >> 5] |= bit;
                    if (withFaint) f[x >> 5] |= bit;
                }
            }

            return (darkest, ink, faint);
        }
        catch
        {
            darkest.Dispose();
            ink?.Dispose();
            faint?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The row loop of <see cref="DarkestAndInk(PixHandle, int, int)"/> over the row's first multiple of eight pixels, eight at
    /// a time (AVX2); returns how many pixels it did. <paramref name="faint"/> is null when no faint mask is made.
    /// </summary>
    private static int SplitEightAtATime(uint* source, byte* darkest, uint* ink, uint* faint, int width, int minChroma, int faintChroma)
    {
        Vector256<int> channel = Vector256.Create(0xFF), strong = Vector256.Create(minChroma - 1), weak = Vector256.Create(faintChroma - 1);
        var lightness = Vector256.Create(MaxInkLightness);
        var levels = stackalloc int[8];
        var x = 0;
        for (; x + 8 <= width; x += 8)
        {
            var words = Avx.LoadVector256(source + x);
            var r = Avx2.ShiftRightLogical(words, 24).AsInt32();
            var g = Avx2.And(Avx2.ShiftRightLogical(words, 16).AsInt32(), channel);
            var b = Avx2.And(Avx2.ShiftRightLogical(words, 8).AsInt32(), channel);
            var min = Avx2.Min(r, Avx2.Min(g, b));
            var chroma = Avx2.Subtract(Avx2.Max(r, Avx2.Max(g, b)), min);
            var dark = Avx2.CompareGreaterThan(lightness, min);
            Avx.Store(levels, min);
            for (var k = 0; k < 8; k++) darkest[(x + k) ^ 3] = (byte)levels[k];

            // Pixel x + k is bit 31 − ((x + k) mod 32) of its word: lane k of the move mask, its bits reversed, shifted into place.
            var shift = 24 - (x & 31);
            var strongLanes = Avx.MoveMask(Avx2.And(Avx2.CompareGreaterThan(chroma, strong), dark).AsSingle());
            if (strongLanes != 0) ink[x >> 5] |= (uint)ReverseEightBits(strongLanes) << shift;
            if (faint is null) continue;
            var weakLanes = Avx.MoveMask(Avx2.And(Avx2.CompareGreaterThan(chroma, weak), dark).AsSingle());
            if (weakLanes != 0) faint[x >> 5] |= (uint)ReverseEightBits(weakLanes) << shift;
        }

        return x;
    }

    /// <summary>The low eight bits of <paramref name="bits"/> in reverse order.</summary>
    private static int ReverseEightBits(int bits) => (int)((((ulong)bits * 0x0202020202UL) & 0x010884422010UL) % 1023);

    /// <summary>The same mask with Leptonica's own operations (the reference <see cref="DarkestAndInk(PixHandle, int)"/> is tested against).</summary>
    internal static PixHandle InkMask(PixHandle source, PixHandle darkest, int minChroma)
    {
        using var chroma = Pix.Check(pixConvertRGBToGrayMinMax(source, ChooseMaxDiff), "pixConvertRGBToGrayMinMax");
        using var neutral = Pix.Check(pixThresholdToBinary(chroma, minChroma), "pixThresholdToBinary");
        using var coloured = Pix.Check(pixInvert(IntPtr.Zero, neutral), "pixInvert");
        using var dark = Pix.Check(pixThresholdToBinary(darkest, MaxInkLightness), "pixThresholdToBinary");
        return Pix.Check(pixAnd(IntPtr.Zero, coloured, dark), "pixAnd");
    }
}
