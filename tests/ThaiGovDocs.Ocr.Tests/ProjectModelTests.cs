using ThaiGovDocs.Ocr.Evaluation;

namespace ThaiGovDocs.Ocr.Tests;

/// <summary>The committed tha_gov model loads and reads Thai digits that the stock model cannot (๔ ๖ ๗ ๘ ๙).</summary>
public sealed class ProjectModelTests
{
    [Fact]
    public void Read_SamplePageWithProjectModel_ReadsThaiDigitsBetterThanStock()
    {
        var page = Path.Combine(RepoPaths.Pages, "letter-external-clean.png");
        var truth = File.ReadAllText(Path.Combine(RepoPaths.Pages, "letter-external-clean.gt.txt"));
        using var ours = new ScanReader(new OcrOptions { Languages = "tha_gov" });
        using var stock = new ScanReader(new OcrOptions { Languages = "tha+eng" });

        var oursCer = CharacterErrorRate.Compute(truth, ours.Read(page).Text);
        var stockCer = CharacterErrorRate.Compute(truth, stock.Read(page).Text);

        OcrOptions.DefaultLanguages.Should().Be("tha_gov");
        oursCer.ThaiDigits.Should().BeGreaterThan(20);
        oursCer.ThaiDigitAccuracy.Should().BeGreaterThan(stockCer.ThaiDigitAccuracy, $"ours {oursCer}, stock {stockCer}");
        oursCer.ThaiDigitAccuracy.Should().BeGreaterThanOrEqualTo(0.9, oursCer.ToString());
    }
}
