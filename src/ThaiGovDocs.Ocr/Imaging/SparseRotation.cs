using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.LeptonicaNative;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Rotates an 8-bit page that is white but for a few regions (a coloured-ink layer) about its centre, with exactly
/// the result of Leptonica's area-map rotation (<c>pixRotate</c>, <c>L_ROTATE_AREA_MAP</c>, white brought in) but computed
/// only where a non-white pixel can reach.</summary>
/// <remarks>
/// Each target pixel is the area-weighted mean of the 2 × 2 source pixels at its rotated position (1/16-pixel steps), so a
/// target pixel whose four source pixels are white is white. The arithmetic below is Leptonica's <c>rotateAMGrayLow</c>
/// (float products truncated to 1/16 pixel, integer weights), so the regions it computes match bit for bit.
/// </remarks>
internal static unsafe class SparseRotation
{
    /// <summary>Leptonica's MIN_ANGLE_TO_ROTATE: smaller angles return the page unchanged.</summary>
    private const float MinAngle = 0.001f;

    /// <summary><paramref name="gray"/> (8-bit, no colour map) turned <paramref name="radians"/> clockwise about its centre.</summary>
    public static PixHandle Rotate(PixHandle gray, float radians) =>
        Math.Abs(radians) < MinAngle ? Pix.Check(pixCopy(IntPtr.Zero, gray), "pixCopy") : Rotate(gray, radians, SparseBinarizer.Regions(gray, 1));

    /// <summary>
    /// <paramref name="gray"/> turned <paramref name="radians"/> clockwise about its centre, computed only where a pixel of
    /// <paramref name="sources"/> (boxes of <paramref name="gray"/>) can reach, and white elsewhere: Leptonica's result wherever
    /// a target pixel's four source pixels lie in those boxes.
    /// </summary>
    public static PixHandle Rotate(PixHandle gray, float radians, List<SparseBinarizer.Region> sources)
    {
        if (Math.Abs(radians) < MinAngle) return Pix.Check(pixCopy(IntPtr.Zero, gray), "pixCopy");
        int w = gray.Width, h = gray.Height;
        var target = Pix.Check(pixCreate(w, h, 8), "pixCreate");
        _ = pixSetResolution(target, pixGetXRes(gray), pixGetYRes(gray));
        int wpl = pixGetWpl(target), wpls = pixGetWpl(gray);
        var dst = (byte*)pixGetData(target);
        NativeMemory.Fill(dst, (nuint)(wpl * 4 * h), 255);

        var src = (byte*)pixGetData(gray);
        var sina = (float)(16.0 * Math.Sin(radians));
        var cosa = (float)(16.0 * Math.Cos(radians));
        foreach (var r in TargetRegions(sources, w, h, radians))
        {
            RotateRegion(src, wpls, dst, wpl, w, h, sina, cosa, r);
        }

        return target;
    }

    /// <summary>Leptonica's <c>rotateAMGrayLow</c> over the target pixels of <paramref name="r"/>.</summary>
    private static void RotateRegion(byte* src, int wpls, byte* dst, int wpld, int w, int h, float sina, float cosa, SparseBinarizer.Region r)
    {
        int xcen = w / 2, ycen = h / 2, wm2 = w - 2, hm2 = h - 2;
        int bytesPerLine = wpls * 4, targetBytesPerLine = wpld * 4;

        // Each float product depends on the column or the row alone: computed once each, the sums are Leptonica's exactly.
        var columnX = new float[r.Width];
        var columnY = new float[r.Width];
        for (var j = 0; j < r.Width; j++)
        {
            var xdif = xcen - (r.X + j);
            columnX[j] = -xdif * cosa;
            columnY[j] = xdif * sina;
        }

        var xpms = stackalloc int[8];
        var ypms = stackalloc int[8];
        fixed (float* columnXs = columnX, columnYs = columnY)
        {
            for (var i = r.Y; i < r.Y + r.Height; i++)
            {
                var ydif = ycen - i;
                float rowX = ydif * sina, rowY = -ydif * cosa;
                var lined = dst + (i * targetBytesPerLine);
                var k = 0;
                if (Avx2.IsSupported)
                {
                    // The same single-precision differences and sums, truncated, and the same integer weights, eight columns at a time.
                    Vector256<float> rowXs = Vector256.Create(rowX), rowYs = Vector256.Create(rowY);
                    for (; k + 8 <= columnX.Length; k += 8)
                    {
                        var xpm = Avx.ConvertToVector256Int32WithTruncation(Avx.Subtract(Avx.LoadVector256(columnXs + k), rowXs));
                        var ypm = Avx.ConvertToVector256Int32WithTruncation(Avx.Add(rowYs, Avx.LoadVector256(columnYs + k)));
                        InterpolateEight(src, wpls, lined, r.X + k, xpm, ypm, xcen, ycen, wm2, hm2, xpms);
                    }
                }
                else if (Avx.IsSupported)
                {
                    Vector256<float> rowXs = Vector256.Create(rowX), rowYs = Vector256.Create(rowY);
                    for (; k + 8 <= columnX.Length; k += 8)
                    {
                        Avx.Store(xpms, Avx.ConvertToVector256Int32WithTruncation(Avx.Subtract(Avx.LoadVector256(columnXs + k), rowXs)));
                        Avx.Store(ypms, Avx.ConvertToVector256Int32WithTruncation(Avx.Add(rowYs, Avx.LoadVector256(columnYs + k))));
                        for (var lane = 0; lane < 8; lane++) Interpolate(src, bytesPerLine, lined, r.X + k + lane, xpms[lane], ypms[lane], xcen, ycen, wm2, hm2);
                    }
                }

                for (; k < columnX.Length; k++)
                {
                    Interpolate(src, bytesPerLine, lined, r.X + k, (int)(columnXs[k] - rowX), (int)(rowY + columnYs[k]), xcen, ycen, wm2, hm2);
                }
            }
        }
    }

    /// <summary><see cref="Interpolate"/> for the eight target pixels from column <paramref name="x"/>: the four source pixels
    /// of each are gathered from the aligned 32-bit words that hold them (never past the page's data), and the lanes whose
    /// source lies off the page are left white.</summary>
    private static void InterpolateEight(byte* src, int wpls, byte* lined, int x, Vector256<int> xpm, Vector256<int> ypm, int xcen, int ycen, int wm2, int hm2, int* values)
    {
        var xp = Avx2.Add(Vector256.Create(xcen), Avx2.ShiftRightArithmetic(xpm, 4));
        var yp = Avx2.Add(Vector256.Create(ycen), Avx2.ShiftRightArithmetic(ypm, 4));
        var zero = Vector256<int>.Zero;
        var off = Avx2.Or(
            Avx2.Or(Avx2.CompareGreaterThan(zero, xp), Avx2.CompareGreaterThan(zero, yp)),
            Avx2.Or(Avx2.CompareGreaterThan(xp, Vector256.Create(wm2)), Avx2.CompareGreaterThan(yp, Vector256.Create(hm2))));
        var offLanes = (uint)Avx.MoveMask(off.AsSingle());
        if (offLanes == 0xFF) return;

        // Lanes off the page read a pixel on it (clamped), and are not stored.
        xp = Avx2.Min(Avx2.Max(xp, zero), Vector256.Create(wm2));
        yp = Avx2.Min(Avx2.Max(yp, zero), Vector256.Create(hm2));
        var xr = Avx2.Add(xp, Vector256.Create(1));
        var row = Avx2.MultiplyLow(yp, Vector256.Create(wpls));
        var below = Avx2.Add(row, Vector256.Create(wpls));
        var words = (int*)src;
        var leftWord = Avx2.ShiftRightArithmetic(xp, 2);
        var rightWord = Avx2.ShiftRightArithmetic(xr, 2);
        var a = ByteOf(Avx2.GatherVector256(words, Avx2.Add(row, leftWord), 4), xp);
        var b = ByteOf(Avx2.GatherVector256(words, Avx2.Add(row, rightWord), 4), xr);
        var c = ByteOf(Avx2.GatherVector256(words, Avx2.Add(below, leftWord), 4), xp);
        var d = ByteOf(Avx2.GatherVector256(words, Avx2.Add(below, rightWord), 4), xr);

        var sixteen = Vector256.Create(16);
        var xf = Avx2.And(xpm, Vector256.Create(0x0f));
        var yf = Avx2.And(ypm, Vector256.Create(0x0f));
        var xg = Avx2.Subtract(sixteen, xf);
        var top = Avx2.Add(Avx2.MultiplyLow(xg, a), Avx2.MultiplyLow(xf, b));
        var bottom = Avx2.Add(Avx2.MultiplyLow(xg, c), Avx2.MultiplyLow(xf, d));
        var sum = Avx2.Add(Avx2.Add(Avx2.MultiplyLow(Avx2.Subtract(sixteen, yf), top), Avx2.MultiplyLow(yf, bottom)), Vector256.Create(128));
        Avx.Store(values, Avx2.ShiftRightArithmetic(sum, 8));
        for (var lane = 0; lane < 8; lane++)
        {
            if ((offLanes & (1u << lane)) == 0) lined[(x + lane) ^ 3] = (byte)values[lane];
        }
    }

    /// <summary>The 8-bit pixel <paramref name="x"/> of its 32-bit <paramref name="word"/> (Leptonica: most significant byte first).</summary>
    private static Vector256<int> ByteOf(Vector256<int> word, Vector256<int> x)
    {
        var shift = Avx2.ShiftLeftLogical(Avx2.AndNot(x, Vector256.Create(3)), 3); // (3 - (x & 3)) * 8
        return Avx2.And(Avx2.ShiftRightLogicalVariable(word.AsUInt32(), shift.AsUInt32()).AsInt32(), Vector256.Create(0xff));
    }

    /// <summary>Leptonica's area-weighted mean of the 2 × 2 source pixels at 1/16-pixel offset (<paramref name="xpm"/>, <paramref name="ypm"/>) from the centre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Interpolate(byte* src, int bytesPerLine, byte* lined, int x, int xpm, int ypm, int xcen, int ycen, int wm2, int hm2)
    {
        int xp = xcen + (xpm >> 4), yp = ycen + (ypm >> 4), xf = xpm & 0x0f, yf = ypm & 0x0f;
        if (xp < 0 || yp < 0 || xp > wm2 || yp > hm2) return; // white brought in, already there

        // Leptonica keeps 8-bit pixels in 32-bit words, most significant byte first: byte x sits at x ^ 3.
        var lines = src + (yp * bytesPerLine);
        // Leptonica's four integer products, summed row by row first: the same integer.
        var top = ((16 - xf) * lines[xp ^ 3]) + (xf * lines[(xp + 1) ^ 3]);
        var bottom = ((16 - xf) * lines[bytesPerLine + (xp ^ 3)]) + (xf * lines[bytesPerLine + ((xp + 1) ^ 3)]);
        lined[x ^ 3] = (byte)((((16 - yf) * top) + (yf * bottom) + 128) >> 8);
    }

    /// <summary>Boxes of target pixels that can sample a pixel of <paramref name="sources"/>: each source box's corners turned back, with 3 pixels to spare.</summary>
    private static IEnumerable<SparseBinarizer.Region> TargetRegions(List<SparseBinarizer.Region> sources, int w, int h, float radians)
    {
        double cos = Math.Cos(radians), sin = Math.Sin(radians), xc = w / 2, yc = h / 2;
        foreach (var s in sources)
        {
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            foreach (var (x, y) in (ReadOnlySpan<(int, int)>)[(s.X, s.Y), (s.X + s.Width, s.Y), (s.X, s.Y + s.Height), (s.X + s.Width, s.Y + s.Height)])
            {
                // Source offset (u, v) from the centre is read by the target offset (u cos − v sin, u sin + v cos).
                double u = x - xc, v = y - yc;
                double tx = xc + (u * cos) - (v * sin), ty = yc + (u * sin) + (v * cos);
                minX = Math.Min(minX, tx); maxX = Math.Max(maxX, tx);
                minY = Math.Min(minY, ty); maxY = Math.Max(maxY, ty);
            }

            int left = Math.Max(0, (int)Math.Floor(minX) - 3), top = Math.Max(0, (int)Math.Floor(minY) - 3);
            int right = Math.Min(w, (int)Math.Ceiling(maxX) + 3), bottom = Math.Min(h, (int)Math.Ceiling(maxY) + 3);
            if (right > left && bottom > top) yield return new SparseBinarizer.Region(left, top, right - left, bottom - top);
        }
    }
}
