using ThaiGovDocs.Ocr.Evaluation;
using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;
using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public unsafe class OrientationTests : IClassFixture<ReaderFixture>
{
    private readonly ScanReader reader;

    public OrientationTests(ReaderFixture fixture) => reader = fixture.Reader;

    [Theory]
    [InlineData(1, 270)]
    [InlineData(3, 90)]
    public void Read_PageTurnedQuarter_ReadsItUpright(int quads, int expectedTurn)
    {
        OrientationDetector.FindModelFolder(null).Should().NotBeNull("scripts/install-deps.sh installs tesseract-ocr-osd");
        var truth = File.ReadAllText(Path.Combine(RepoPaths.Pages, "letter-memo-degraded.gt.txt"));
        using var dir = new TempDir();
        var path = dir.File("turned.png", Turned("letter-memo-degraded.jpg", quads));

        var result = reader.Read(path);

        var page = result.Pages.Single();
        page.RotationApplied.Should().Be(expectedTurn);
        CharacterErrorRate.Compute(truth, result.Text).Rate.Should().BeLessThan(0.08); // upright: 1.6–2.6 %; measured 1.6 % and 6.4 %
        var title = page.Lines.First(l => l.Text.Contains("บันทึกข้อความ", StringComparison.Ordinal));
        title.Height.Should().BeGreaterThan(title.Width, "boxes are mapped back to the turned image, where lines run vertically");
    }

    [Theory]
    [InlineData("letter-memo-degraded.jpg", 0, true)]
    [InlineData("letter-external-clean.png", 2, true)]
    [InlineData("letter-memo-degraded.jpg", 1, false)]
    [InlineData("letter-external-clean.png", 3, false)]
    public void RunAcross_PageTurnedQuarters_TellsWhetherLinesRunAcross(string file, int quads, bool expected)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode(file, File.ReadAllBytes(Path.Combine(RepoPaths.Pages, file)), 100_000_000, null);
        using var turned = Pix.Check(LeptonicaNative.pixRotateOrth(decoded.Pix, quads), "pixRotateOrth");

        TextLineDirection.RunAcross(turned).Should().Be(expected);
    }

    [Fact]
    public void Read_WithoutOrientationDetection_LeavesTurnedPage()
    {
        using var plain = new ScanReader(new OcrOptions { Pipeline = ImagePipelineOptions.Default with { DetectOrientation = false } });
        using var dir = new TempDir();
        var path = dir.File("turned.png", Turned("letter-memo-degraded.jpg", 1));

        var result = plain.Read(path);

        result.Pages.Single().RotationApplied.Should().Be(0);
        result.Text.Should().NotContain("บันทึกข้อความ");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(90, 270)]
    [InlineData(180, 180)]
    [InlineData(270, 90)]
    public void ClockwiseToUpright_TesseractOrientation_IsTheOppositeTurn(int orientation, int turn)
    {
        OrientationDetector.ClockwiseToUpright(orientation).Should().Be(turn);
    }

    [Fact]
    public void TryCreate_NoModelFolder_ReturnsNull()
    {
        OrientationDetector.TryCreate(null).Should().BeNull();
        OrientationDetector.TryCreate(Path.Combine(Path.GetTempPath(), "no-such-tessdata-" + Guid.NewGuid().ToString("N"))).Should().BeNull();
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void UndoQuarterTurns_BoxOfTurnedPage_MapsBackToTheSameInk(int turn)
    {
        // A 100 × 50 page with a box at x 10..30, y 5..15; turned clockwise by `turn`, the box moves; mapping it back restores it.
        const int width = 100, height = 50;
        var (x, y, w, h) = turn switch
        {
            90 => (height - 15, 10, 10, 20),
            180 => (width - 30, height - 15, 20, 10),
            _ => (5, width - 30, 10, 20),
        };
        var line = new OcrLine("x", x, y, w, h, 1f, new TextSpan(0, 1));

        var back = PageRecognizer.UndoQuarterTurns(line, turn, width, height);

        (back.X, back.Y, back.Width, back.Height).Should().Be((10, 5, 20, 10));
    }

    private static byte[] Turned(string page, int quads)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode(page, File.ReadAllBytes(Path.Combine(RepoPaths.Pages, page)), 100_000_000, null);
        using var turned = Pix.Check(LeptonicaNative.pixRotateOrth(decoded.Pix, quads), "pixRotateOrth");
        _ = LeptonicaNative.pixSetResolution(turned, 200, 200);
        byte* data;
        nuint size;
        LeptonicaNative.pixWriteMem(&data, &size, turned, (int)LeptonicaNative.ImageFormat.Png).Should().Be(0);
        try
        {
            return new ReadOnlySpan<byte>(data, checked((int)size)).ToArray();
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }
}
