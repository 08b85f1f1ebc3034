using System.Buffers.Binary;
using System.Text;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class BadInputTests : IClassFixture<ReaderFixture>
{
    private readonly ScanReader reader;

    public BadInputTests(ReaderFixture fixture) => reader = fixture.Reader;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "empty.png", "zero-byte", "empty" },
        { "note.png", "text renamed .png", "extension says Png" },
        { "scan.jpg", "truncated JPEG", "truncated JPEG" },
        { "bomb.png", "decompression bomb header", "over the limit" },
        { "broken.pdf", "malformed PDF", "malformed or unsupported PDF" },
        { "truncated.pdf", "PDF cut in half", "PDF" },
        { "huge-image.pdf", "PDF image over the pixel limit", "over the limit" },
        { "loop.tif", "TIFF directory loop", "malformed TIFF" },
        { "encrypted.pdf", "password-protected PDF", "encrypted" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadInput_ThrowsOcrInputExceptionNamingFile(string name, string what, string reason)
    {
        using var dir = new TempDir();
        var path = dir.File(name, Content(name));

        var act = () => reader.Read(path);

        var e = act.Should().Throw<OcrInputException>(what).Which;
        e.Path.Should().Be(path);
        e.Message.Should().StartWith(path).And.Contain(reason);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound() =>
        reader.Invoking(r => r.Read("/nonexistent/scan.pdf")).Should().Throw<FileNotFoundException>().WithMessage("*/nonexistent/scan.pdf*");

    [Theory]
    [InlineData("empty.png")]
    [InlineData("note.png")]
    [InlineData("letter.txt")]
    public void IsSupported_NotAScan_ReturnsFalse(string name)
    {
        using var dir = new TempDir();
        var path = dir.File(name, Content(name));

        ScanReader.IsSupported(path).Should().BeFalse();
    }

    private static byte[] Content(string name) => name switch
    {
        "empty.png" => [],
        "note.png" or "letter.txt" => Encoding.UTF8.GetBytes("บันทึกข้อความ: this is text, not an image\n"),
        "scan.jpg" => ImageDecoderTests.Encode(LeptonicaNative.ImageFormat.Jpeg)[..4000],
        "bomb.png" => PngHeader(200_000, 200_000),
        "broken.pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Resources << /XObject << /Im0 4 0 R >> >> >> endobj\n4 0 obj << /Subtype /Image /Width 100 /Height 100 /Filter /DCTDecode /Length 9999 >> stream\ngarbage"),
        "truncated.pdf" => File.ReadAllBytes(RepoPaths.Memo("memo-008"))[..20000],
        "huge-image.pdf" => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> >> endobj\n4 0 obj << /Type /XObject /Subtype /Image /Width 90000 /Height 90000 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode /Length 4 >> stream\nxxxx\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF"),
        "encrypted.pdf" => Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "5 0 obj << /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >> endobj\ntrailer << /Root 1 0 R /Encrypt 5 0 R /ID [<01><01>] >>\n%%EOF"),
        "loop.tif" => [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0, 1, 4, 0, 1, 0, 0, 0, 10, 0, 0, 0, 8, 0, 0, 0],
        _ => throw new ArgumentException(name),
    };

    /// <summary>A valid PNG signature and IHDR declaring a huge image, with no pixel data: a decompression-bomb header.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[17];
        "IHDR"u8.CopyTo(ihdr);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(8), height);
        ihdr[12] = 8; // bit depth
        ihdr[13] = 0; // greyscale
        var png = new List<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13]);
        png.AddRange(ihdr);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(ihdr));
        png.AddRange(crc);
        png.AddRange(new byte[] { 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82 });
        return [.. png];
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
