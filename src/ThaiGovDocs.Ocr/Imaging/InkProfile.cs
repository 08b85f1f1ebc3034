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
}
