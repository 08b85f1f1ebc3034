namespace ThaiGovDocs.Ocr.Tests;

public class TessdataLocatorTests
{
    [Fact]
    public void Locate_ExplicitFolderWithoutModel_ThrowsNamingFolderModelAndFix()
    {
        using var dir = new TempDir();

        var act = () => TessdataLocator.Locate("tha+eng", dir.Path);

        var message = act.Should().Throw<NativeDependencyException>().Which.Message;
        message.Should().Contain(dir.Path).And.Contain("tha.traineddata").And.Contain(TessdataLocator.EnvironmentVariable);
        if (OperatingSystem.IsLinux()) message.Should().Contain("apt-get install tesseract-ocr-tha tesseract-ocr-eng");
    }

    [Fact]
    public void Locate_Default_FindsRepositoryTessdata() =>
        TessdataLocator.Locate("tha+eng").Should().Be(Path.Combine(RepoPaths.Root, "tessdata"));

    [Fact]
    public void Read_MissingModel_ThrowsNativeDependencyException()
    {
        using var dir = new TempDir();
        using var reader = new ScanReader(new OcrOptions { TessdataPath = dir.Path });

        var act = () => reader.Read(Path.Combine(RepoPaths.Pages, "letter-memo-clean.png"));

        act.Should().Throw<NativeDependencyException>().WithMessage($"*{dir.Path}*");
    }
}
