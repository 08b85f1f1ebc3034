using ThaiGovDocs.Ocr.Pdf;

namespace ThaiGovDocs.Ocr.Tests;

public sealed class SearchablePdfTests
{
    [Fact]
    public void WriteSearchablePdf_ScannedPage_HasThePageImageAndAnInvisibleTextLayer()
    {
        using var dir = new TempDir();
        var output = System.IO.Path.Combine(dir.Path, "letter.pdf");
        using var reader = new ScanReader();

        reader.WriteSearchablePdf(System.IO.Path.Combine(RepoPaths.Pages, "letter-external-clean.png"), output);

        File.ReadAllBytes(output).AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());
        var layer = PdfTextLayerReader.TryRead("pdftotext", output, TimeSpan.FromMinutes(1), CancellationToken.None);
        layer.Should().NotBeNull().And.ContainSingle();
        layer![0].Replace(" ", "", StringComparison.Ordinal).Should().Contain("เรื่อง");
        var reread = reader.Read(output);
        reread.Pages.Should().ContainSingle().Which.Dpi.Should().Be(300);
    }

    [Fact]
    public void WriteSearchablePdf_PathWithoutPdfExtension_Throws()
    {
        using var reader = new ScanReader();

        var act = () => reader.WriteSearchablePdf(System.IO.Path.Combine(RepoPaths.Pages, "letter-external-clean.png"), "/tmp/out.txt");

        act.Should().Throw<ArgumentException>().WithMessage("*.pdf*");
    }
}
