using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public sealed class LetterPassSpansTests
{
    private const float Sure = 0.90f;
    private const int Step = 20;
    private const int LineLeft = 100;

    /// <summary>A line as the page model reads it: every Thai character a word of its own, a Latin word or number one word,
    /// <see cref="Step"/> pixels a character; the words starting at <paramref name="unsure"/> read at 0.60, the rest at 0.93.</summary>
    private static RawLine Line(string text, params int[] unsure)
    {
        var words = new List<ScoredWord>();
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == ' ') { i++; continue; }
            var end = i + 1;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            }

            words.Add(new ScoredWord(i, end - i, LineLeft + (i * Step), LineLeft + (end * Step), unsure.Contains(i) ? 0.60f : 0.93f));
            i = end;
        }

        return new RawLine(text, LineLeft, 500, LineLeft + (text.Length * Step), 560, 0.91f, false)
        {
            LeastWordConfidence = words.Min(w => w.Confidence),
            ScoredWords = words,
        };
    }

    private const string Letter = "เรียน ผู้อำนวยการโรงเรียนทุกแห่ง ด้วยสำนักงานเขตพื้นที่การศึกษา กำหนดจัดประชุม คณะกรรมการ ครั้งนี้";

    [Fact]
    public void Find_OneUnsureLetter_ReadsTheWordsAroundItOnly()
    {
        var at = Letter.IndexOf("สำนักงาน", StringComparison.Ordinal) + 2;

        var spans = LetterPassSpans.Find(Line(Letter, at), Sure, context: 0);

        spans.Should().ContainSingle();
        var span = spans![0];
        Letter[span.Start..span.End].Should().Be("ด้วยสำนักงานเขตพื้นที่การศึกษา");
        span.Start.Should().BeGreaterThan(0);
        span.End.Should().BeLessThan(Letter.Length);
    }

    [Fact]
    public void Find_Stretch_IsCutInTheSpacesAroundIt()
    {
        var at = Letter.IndexOf("กำหนด", StringComparison.Ordinal) + 1;

        var span = LetterPassSpans.Find(Line(Letter, at), Sure, context: 0)!.Single();

        Letter[span.Start - 1].Should().Be(' ');
        Letter[span.End].Should().Be(' ');
        span.Left.Should().Be(LineLeft + ((span.Start - 1) * Step) + (Step / 2));
        span.Right.Should().Be(LineLeft + (span.End * Step) + (Step / 2));
    }

    [Fact]
    public void Find_ShortWordUnsure_ReadsEnoughOfTheLineAroundIt()
    {
        var at = Letter.IndexOf("คณะ", StringComparison.Ordinal);

        var span = LetterPassSpans.Find(Line(Letter, at), Sure, context: 0)!.Single();

        (span.End - span.Start).Should().BeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public void Find_UnsureLettersAllOverTheLine_ReadsTheWholeLine() =>
        LetterPassSpans.Find(Line(Letter, 1, Letter.IndexOf("ด้วย", StringComparison.Ordinal), Letter.IndexOf("กำหนด", StringComparison.Ordinal), Letter.Length - 2), Sure, context: 0)
            .Should().BeNull();

    [Fact]
    public void Find_OnlyALatinWordUnsure_ReadsNothing()
    {
        const string text = "ครั้งที่ 2430 WeGO ประจำปี";

        LetterPassSpans.Find(Line(text, text.IndexOf("WeGO", StringComparison.Ordinal)), Sure, context: 0).Should().BeEmpty();
    }

    [Fact]
    public void Find_SureThaiOne_IsReadAgain()
    {
        const string text = "เรียน ผู้อำนวยการโรงเรียนทุกแห่ง ที่ ศธ ๐๕๑๓/ว ๑๒๓ สำนักงานเขตพื้นที่การศึกษา";

        var spans = LetterPassSpans.Find(Line(text), Sure, context: 0);

        spans.Should().NotBeNullOrEmpty();
        spans!.Select(s => text[s.Start..s.End]).Should().Contain(t => t.Contains("๐๕๑๓", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_WordsStale_ReadsTheWholeLine() =>
        LetterPassSpans.Find(Line(Letter, 3) with { LeastWordConfidence = null }, Sure, context: 0).Should().BeNull();

    [Fact]
    public void Find_NoWords_ReadsTheWholeLine() =>
        LetterPassSpans.Find(Line(Letter, 3) with { ScoredWords = [] }, Sure, context: 0).Should().BeNull();
}
