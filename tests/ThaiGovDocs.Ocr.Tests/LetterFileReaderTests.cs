namespace ThaiGovDocs.Ocr.Tests;

public class LetterFileReaderTests
{
    [Theory]
    [InlineData("letter.txt", true)]
    [InlineData("LETTER.TEXT", true)]
    [InlineData("README", true)]
    [InlineData("scan.pdf", false)]
    [InlineData("scan.tif", false)]
    [InlineData("page.png", false)]
    public void IsText_ByExtension_TellsTextFromScan(string name, bool expected) =>
        LetterFileReader.IsText(name).Should().Be(expected);

    [Fact]
    public void Read_TextFile_ParsesItWithoutRecognition()
    {
        using var dir = new TempDir();
        var path = dir.File("letter.txt", System.Text.Encoding.UTF8.GetBytes("ที่ มท ๐๘๑๐.๒/ว ๑\n\nเรื่อง ทดสอบ\n\nเรียน ผู้ว่าราชการจังหวัด\n"));

        var reading = LetterFileReader.Read(path, new OcrOptions());

        reading.Scan.Should().BeNull();
        reading.TextSource.Should().Be(LetterFileReading.TextFileSource);
        reading.Parse.Documents.Should().ContainSingle().Which.Subject!.Value.Value.Should().Be("ทดสอบ");
    }

    [Fact]
    public void Read_ScannedPdf_RecognisesItAndKeepsTheScan()
    {
        var reading = LetterFileReader.Read(RepoPaths.Memo("memo-005"), new OcrOptions());

        reading.Scan.Should().NotBeNull();
        reading.TextSource.Should().Be(ScanPage.OcrSource);
        reading.Contract.Documents.Should().NotBeEmpty();
    }

    [Fact]
    public void Read_Directory_ThrowsIOExceptionNamingIt()
    {
        using var dir = new TempDir();

        var act = () => LetterFileReader.Read(dir.Path, new OcrOptions());

        act.Should().Throw<IOException>().WithMessage($"{dir.Path}*directory*");
    }
}
