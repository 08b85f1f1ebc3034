using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

internal static class TiffTestFiles
{
    /// <summary>A two-page G4 TIFF holding <paramref name="page"/> twice (Leptonica's append mode).</summary>
    public static byte[] TwoPages(byte[] page)
    {
        using var decoded = ImageDecoder.Decode("page.tif", page, 100_000_000, null);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".tif");
        try
        {
            LeptonicaNative.pixWriteTiff(path, decoded.Pix, (int)LeptonicaNative.ImageFormat.TiffG4, "w").Should().Be(0);
            LeptonicaNative.pixWriteTiff(path, decoded.Pix, (int)LeptonicaNative.ImageFormat.TiffG4, "a").Should().Be(0);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
