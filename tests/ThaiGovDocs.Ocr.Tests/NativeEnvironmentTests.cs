using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Tests;

public class NativeEnvironmentTests
{
    [Fact]
    public void Set_Variable_IsVisibleToNativeGetenv()
    {
        NativeEnvironment.Set("THAIGOVDOCS_TEST_VAR", "42");

        NativeEnvironment.GetNative("THAIGOVDOCS_TEST_VAR").Should().Be("42");
    }

    [Fact]
    public void CreatePool_DefaultOptions_SetsOmpThreadLimitNatively()
    {
        using var pool = Recognition.OcrEnginePool.Create(new OcrOptions());

        NativeEnvironment.GetNative("OMP_THREAD_LIMIT").Should().Be("1");
        pool.Size.Should().Be(Environment.ProcessorCount);
    }
}
