using System.Numerics;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>How much ink each row of a page holds.</summary>
internal static unsafe class InkProfile
{
    /// <summary>Ink pixels per row of <paramref name="image"/> (1-bit: set pixels; other depths: darker than mid-grey).</summary>
    public static int[] PerRow(PixHandle image)
    {
        if (image.Depth != 1)
        {
            using var binary = Pix.Check(LeptonicaNative.pixConvertTo1(image, 128), "pixConvertTo1");
            return PerRow(binary);
        }

        int width = image.Width, height = image.Height, wpl = LeptonicaNative.pixGetWpl(image);
        var data = LeptonicaNative.pixGetData(image);
        var counts = new int[height];
        var fullWords = width / 32;
        var tail = width % 32;
        var tailMask = tail == 0 ? 0u : ~0u << (32 - tail);
        for (var y = 0; y < height; y++)
        {
            var row = data + (y * wpl);
            var n = 0;
            for (var w = 0; w < fullWords; w++) n += BitOperations.PopCount(row[w]);
            if (tail != 0) n += BitOperations.PopCount(row[fullWords] & tailMask);
            counts[y] = n;
        }

        return counts;
    }

    /// <summary>A box of a page, in pixels.</summary>
    internal readonly record struct Box(int Left, int Top, int Width, int Height);

    /// <summary>The box around the set pixels of the 1-bit <paramref name="image"/> with <paramref name="margin"/> pixels around it
    /// (clipped to the page); null when no pixel is set or the image is not 1-bit.</summary>
    public static Box? Bounds(PixHandle image, int margin)
    {
        if (image.Depth != 1) return null;
        var rows = PerRow(image);
        var top = Array.FindIndex(rows, n => n > 0);
        if (top < 0) return null;
        var bottom = Array.FindLastIndex(rows, n => n > 0) + 1;
        int width = image.Width, wpl = LeptonicaNative.pixGetWpl(image);
        var data = LeptonicaNative.pixGetData(image);
        var any = new uint[wpl];
        for (var y = top; y < bottom; y++)
        {
            if (rows[y] == 0) continue;
            var row = data + (y * wpl);
            for (var w = 0; w < wpl; w++) any[w] |= row[w];
        }

        // Leptonica keeps 1-bit pixels most significant bit first within each 32-bit word; the padding bits past the width are clear.
        int first = Array.FindIndex(any, w => w != 0), last = Array.FindLastIndex(any, w => w != 0);
        var left = (first * 32) + BitOperations.LeadingZeroCount(any[first]);
        var right = Math.Min(width, (last * 32) + 32 - BitOperations.TrailingZeroCount(any[last]));
        int x0 = Math.Max(0, left - margin), y0 = Math.Max(0, top - margin);
        return new Box(x0, y0, Math.Min(width, right + margin) - x0, Math.Min(image.Height, bottom + margin) - y0);
    }
}
