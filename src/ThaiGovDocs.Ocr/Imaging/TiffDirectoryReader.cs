using System.Buffers.Binary;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Reads the width and height of every page of a TIFF from its image file directories, without decoding pixels.</summary>
/// <remarks>Lets the reader count pages and refuse oversized pages before Leptonica allocates them.</remarks>
internal static class TiffDirectoryReader
{
    /// <summary>Page sizes in file order; stops at <paramref name="maxPages"/> + 1 so the caller can report the overflow.</summary>
    /// <exception cref="FormatException">The header or a directory is malformed.</exception>
    public static IReadOnlyList<(int Width, int Height)> ReadPageSizes(ReadOnlySpan<byte> tiff, int maxPages)
    {
        if (tiff.Length < 8) throw new FormatException("the TIFF header is truncated");
        var little = tiff[0] == (byte)'I';
        var magic = U16(tiff, 2, little);
        if (magic == 43) throw new FormatException("BigTIFF is not supported");
        if (magic != 42) throw new FormatException("not a TIFF header");

        var pages = new List<(int, int)>();
        var seen = new HashSet<long>();
        long offset = U32(tiff, 4, little);
        while (offset != 0 && pages.Count <= maxPages)
        {
            if (!seen.Add(offset)) throw new FormatException("the TIFF directory chain loops");
            if (offset + 2 > tiff.Length) throw new FormatException($"a TIFF directory offset ({offset}) points past the end of the file");
            var count = U16(tiff, (int)offset, little);
            var entries = (int)offset + 2;
            if (entries + (count * 12L) + 4 > tiff.Length) throw new FormatException("a TIFF directory is truncated");

            int width = 0, height = 0;
            for (var i = 0; i < count; i++)
            {
                var e = entries + (i * 12);
                var tag = U16(tiff, e, little);
                if (tag is not (256 or 257)) continue;
                var type = U16(tiff, e + 2, little);
                var value = type == 3 ? U16(tiff, e + 8, little) : (long)U32(tiff, e + 8, little);
                if (value > int.MaxValue) throw new FormatException("a TIFF page dimension is out of range");
                if (tag == 256) width = (int)value; else height = (int)value;
            }

            if (width <= 0 || height <= 0) throw new FormatException($"TIFF page {pages.Count + 1} has no width or height");
            pages.Add((width, height));
            offset = U32(tiff, entries + (count * 12), little);
        }

        if (pages.Count == 0) throw new FormatException("the TIFF has no pages");
        return pages;
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
}
