using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class ImageDecoderTests
{
    [Theory]
    [InlineData((int)LeptonicaNative.ImageFormat.Png, ScanFormat.Png, ".png")]
    [InlineData((int)LeptonicaNative.ImageFormat.Jpeg, ScanFormat.Jpeg, ".jpg")]
    [InlineData((int)LeptonicaNative.ImageFormat.Bmp, ScanFormat.Bmp, ".bmp")]
    [InlineData((int)LeptonicaNative.ImageFormat.Tiff, ScanFormat.Tiff, ".tif")]
    [InlineData((int)LeptonicaNative.ImageFormat.TiffG4, ScanFormat.Tiff, ".tiff")]
    [InlineData((int)LeptonicaNative.ImageFormat.WebP, ScanFormat.WebP, ".webp")]
    public void DecodeAll_EachFormat_DecodesPageAtItsSize(int writeAs, ScanFormat expected, string extension)
    {
        var bytes = Encode((LeptonicaNative.ImageFormat)writeAs);
        using var dir = new TempDir();
        var path = dir.File("page" + extension, bytes);

        ScanFormatDetector.FromMagic(bytes).Should().Be(expected);
        ScanReader.IsSupported(path).Should().BeTrue();
        var pages = ImageDecoder.DecodeAll(path, bytes, expected, 100_000_000, 10, CancellationToken.None);
        try
        {
            pages.Should().ContainSingle();
            pages[0].Pix.Width.Should().Be(620);
            pages[0].Pix.Height.Should().Be(877);
        }
        finally
        {
            foreach (var p in pages) p.Dispose();
        }
    }

    [Fact]
    public void ReadPageSizes_TruncatedDirectory_Throws()
    {
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 5, 0];

        var act = () => TiffDirectoryReader.ReadPageSizes(tiff, 10);

        act.Should().Throw<FormatException>().WithMessage("*truncated*");
    }

    /// <summary>The committed clean page at a quarter of its size, written in <paramref name="format"/> by Leptonica.</summary>
    internal static byte[] Encode(LeptonicaNative.ImageFormat format)
    {
        var source = File.ReadAllBytes(Path.Combine(RepoPaths.Pages, "letter-memo-clean.png"));
        using var page = ImageDecoder.Decode("letter-memo-clean.png", source, 100_000_000, null);
        using var small = LeptonicaNative.pixScale(page.Pix, 0.25f, 0.25f);
        using var image = format == LeptonicaNative.ImageFormat.TiffG4 ? LeptonicaNative.pixConvertTo1(small, 128) : LeptonicaNative.pixConvertTo8(small, 0);
        byte* data;
        nuint size;
        LeptonicaNative.pixWriteMem(&data, &size, image, (int)format).Should().Be(0);
        try
        {
            return new ReadOnlySpan<byte>(data, (int)size).ToArray();
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }
}
