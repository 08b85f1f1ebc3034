namespace ThaiGovDocs.Ocr.Tests;

public class ScanSourceLocatorTests
{
    private static readonly ScanPage Page1 = new(1, "หัวเรื่อง\nบรรทัดสอง", ScanPage.OcrSource, 1000, 1400, 200, 0.9f,
        [new OcrLine("หัวเรื่อง", 10, 20, 300, 40, 0.95f, new TextSpan(0, 9)), new OcrLine("บรรทัดสอง", 10, 80, 400, 40, 0.8f, new TextSpan(10, 9))], null, null);

    private static readonly ScanPage Page2 = new(2, "ข้อความ", ScanPage.PdfTextSource, 1000, 1400, 200, 1f, [], null, null);

    private static readonly ScanSourceLocator Locator = new([Page1, Page2], [0, 19 + ScanResult.PageSeparator.Length]);

    [Fact]
    public void Locate_SpanInOneLine_ReturnsLineBox() =>
        Locator.Locate(new TextSpan(11, 3)).Should().Be(new SourceLocation(1, 10, 80, 400, 40, 0.8f));

    [Fact]
    public void Locate_SpanOverTwoLines_ReturnsUnionAndLowestConfidence() =>
        Locator.Locate(new TextSpan(5, 8)).Should().Be(new SourceLocation(1, 10, 20, 400, 100, 0.8f));

    [Fact]
    public void Locate_TextLayerPage_ReturnsWholePage() =>
        Locator.Locate(new TextSpan(22, 3)).Should().Be(new SourceLocation(2, 0, 0, 1000, 1400, 1f));

    [Fact]
    public void Locate_InsideSeparator_ReturnsNull() =>
        Locator.Locate(new TextSpan(20, 1)).Should().BeNull();
}
