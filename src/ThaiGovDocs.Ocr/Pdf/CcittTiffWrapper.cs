using System.Buffers.Binary;

namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>Wraps a PDF CCITTFaxDecode stream in a minimal TIFF so Leptonica (libtiff) can decode it.</summary>
internal static class CcittTiffWrapper
{
    /// <summary>A little-endian one-page TIFF holding the fax data unchanged.</summary>
    public static byte[] Wrap(PdfDocument doc, PdfStream image, int width, int height)
    {
        var parms = doc.Get(image.Dictionary, "DecodeParms") switch
        {
            Dictionary<string, object?> p => p,
            List<object?> list => list.Select(doc.Resolve).OfType<Dictionary<string, object?>>().LastOrDefault(),
            _ => null,
        };
        var k = parms is null ? 0 : doc.Get(parms, "K") as long? ?? 0;
        var blackIs1 = parms is not null && doc.Get(parms, "BlackIs1") is true;
        var rows = parms is null ? height : (int)(doc.Get(parms, "Rows") as long? ?? height);

        // Compression 4 = Group 4 (K < 0), 3 = Group 3 (K >= 0); PhotometricInterpretation 0 = white is zero.
        ushort compression = k < 0 ? (ushort)4 : (ushort)3;
        var entries = new (ushort Tag, ushort Type, uint Value)[]
        {
            (256, 4, (uint)width),
            (257, 4, (uint)rows),
            (258, 3, 1),
            (259, 3, compression),
            (262, 3, blackIs1 ? 1u : 0u),
            (273, 4, 0), // strip offset, patched below
            (277, 3, 1),
            (278, 4, (uint)rows),
            (279, 4, (uint)image.RawData.Length),
            (292, 4, k > 0 ? 1u : 0u), // T4Options: 2-D coding when K > 0
        };
        var ifdSize = 2 + (entries.Length * 12) + 4;
        var dataOffset = 8 + ifdSize;
        var tiff = new byte[dataOffset + image.RawData.Length];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = 10 + (i * 12);
            var (tag, type, value) = entries[i];
            if (tag == 273) value = (uint)dataOffset;
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), 1);
            if (type == 3) BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 8), (ushort)value);
            else BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
        }

        image.RawData.Span.CopyTo(tiff.AsSpan(dataOffset));
        return tiff;
    }
}
