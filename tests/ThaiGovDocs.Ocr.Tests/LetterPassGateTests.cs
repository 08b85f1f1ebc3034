using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public sealed class LetterPassGateTests
{
    private const float Sure = 0.85f;

    private static RawLine Line(float? leastWordConfidence) =>
        new("เรียน ผู้อำนวยการโรงเรียนทุกแห่ง", 200, 400, 1400, 460, 0.92f, false) { LeastWordConfidence = leastWordConfidence };

    [Theory]
    [InlineData(0.31f)]
    [InlineData(Sure - 0.01f)]
    public void Needs_AWordBelowSureConfidence_ReadsTheLineAgain(float least) =>
        LetterPassGate.Needs(Line(least), Sure).Should().BeTrue();

    [Theory]
    [InlineData(Sure)]
    [InlineData(0.93f)]
    public void Needs_EveryWordSure_KeepsTheLineAsRead(float least) =>
        LetterPassGate.Needs(Line(least), Sure).Should().BeFalse();

    [Fact]
    public void Needs_WordConfidenceUnknown_ReadsTheLineAgain() =>
        LetterPassGate.Needs(Line(null), Sure).Should().BeTrue();

    [Fact]
    public void Needs_NoSureConfidenceSet_ReadsEveryLine() =>
        LetterPassGate.Needs(Line(0.99f), null).Should().BeTrue();
}
