using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class PixHandleTests
{
    [Fact]
    public void Dispose_OwnedPix_ReleasesHandle()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        var pix = LeptonicaNative.pixCreate(100, 50, 8);
        pix.IsInvalid.Should().BeFalse();
        pix.Width.Should().Be(100);
        pix.Height.Should().Be(50);

        pix.Dispose();

        pix.IsClosed.Should().BeTrue();
    }

    [Fact]
    public void Dispose_ClonedPix_KeepsOriginalAlive()
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var pix = LeptonicaNative.pixCreate(10, 10, 1);
        var clone = LeptonicaNative.pixClone(pix);

        clone.Dispose();

        pix.Depth.Should().Be(1);
    }

    [Fact]
    public void Dispose_EngineHandle_Releases()
    {
        using var pool = Recognition.OcrEnginePool.Create(new OcrOptions { MaxDegreeOfParallelism = 1 });
        var text = pool.Use(engine => engine.GetType().Name, CancellationToken.None);

        text.Should().Be("OcrEngine");
    }
}
