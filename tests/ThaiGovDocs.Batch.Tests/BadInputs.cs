using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ThaiGovDocs.Batch.Tests;

/// <summary>Generates the inputs an archive folder may hold that are not good letters, with the reason each must be reported with.</summary>
internal static class BadInputs
{
    /// <summary>File name → (content, a phrase the reason must contain).</summary>
    public static IReadOnlyDictionary<string, (byte[] Content, string Reason)> Create() => new Dictionary<string, (byte[], string)>
    {
        ["bad/zero byte.png"] = ([], "empty (0 bytes)"),
        ["bad/zero.txt"] = ([], "empty (0 bytes)"),
        ["bad/truncated scan.jpg"] = (File.ReadAllBytes(Path.Combine(TestPaths.TestData, "pages", "letter-memo-degraded.jpg"))[..4000], "truncated"),
        ["bad/text renamed.png"] = (Encoding.UTF8.GetBytes("บันทึกข้อความ: this is text, not an image\n"), "the content is not a Png file"),
        ["bad/encrypted.pdf"] = (Encoding.ASCII.GetBytes(
            "%PDF-1.6\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
            "5 0 obj << /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >> endobj\ntrailer << /Root 1 0 R /Encrypt 5 0 R /ID [<01><01>] >>\n%%EOF"), "encrypted"),
        ["bad/malformed.pdf"] = (Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Resources << /XObject << /Im0 4 0 R >> >> >> endobj\n4 0 obj << /Subtype /Image /Width 100 /Height 100 /Filter /DCTDecode /Length 9999 >> stream\ngarbage"), "PDF"),
        ["bad/bomb 40000x40000.png"] = (PngHeader(40_000, 40_000), "over the limit"),
        ["bad/ห้าร้อยหน้า.pdf"] = (ManyPagePdf(500), "more than 300 pages"),
        ["bad/binary.txt"] = ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12, 0x00], "binary"),
    };

    /// <summary>A minimal valid PDF of <paramref name="pages"/> empty A4 pages, with a correct cross-reference table.</summary>
    public static byte[] ManyPagePdf(int pages)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Obj(string body)
        {
            offsets.Add(pdf.Length);
            pdf.Append(offsets.Count).Append(" 0 obj ").Append(body).Append(" endobj\n");
        }

        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(3, pages).Select(i => $"{i} 0 R"))}] /Count {pages} >>");
        for (var i = 0; i < pages; i++) Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(offsets.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        pdf.Append("trailer << /Size ").Append(offsets.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A PNG signature and a valid IHDR declaring <paramref name="width"/> × <paramref name="height"/>, then one tiny IDAT: a decompression-bomb header.</summary>
    public static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 0; // greyscale
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        Chunk(png, "IHDR", ihdr);
        using (var zipped = new MemoryStream())
        {
            using (var z = new ZLibStream(zipped, CompressionLevel.Optimal, leaveOpen: true)) z.Write(new byte[4096]);
            Chunk(png, "IDAT", zipped.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}
