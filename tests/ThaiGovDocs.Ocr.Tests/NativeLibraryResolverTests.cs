using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class NativeLibraryResolverTests
{
    [Fact]
    public void Load_MissingLibrary_ThrowsListingEveryAttemptAndInstallCommand()
    {
        var names = new[] { "libthaigovdocs-bogus.so.9", "libthaigovdocs-bogus.so" };
        var dirs = new[] { "/nonexistent/a", "/nonexistent/b" };

        var act = () => NativeLibraryResolver.Load("bogus", names, dirs);

        var message = act.Should().Throw<NativeDependencyException>().Which.Message;
        message.Should().Contain("'bogus'");
        foreach (var dir in dirs)
        {
            foreach (var name in names) message.Should().Contain(Path.Combine(dir, name));
        }

        message.Should().Contain("libthaigovdocs-bogus.so.9 (system loader search)");
        if (OperatingSystem.IsLinux()) message.Should().Contain(NativeDependencyException.DebianInstallCommand);
    }

    [Theory]
    [InlineData(NativeLibraryNames.Tesseract)]
    [InlineData(NativeLibraryNames.Leptonica)]
    public void Load_InstalledLibrary_ReturnsHandle(string name) =>
        NativeLibraryResolver.Load(name).Should().NotBe(IntPtr.Zero);

    [Fact]
    public void TesseractVersion_IsFive() => ScanReader.TesseractVersion.Should().StartWith("5.");
}
