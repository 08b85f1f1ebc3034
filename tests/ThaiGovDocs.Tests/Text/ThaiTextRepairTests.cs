using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public class ThaiTextRepairTests
{
    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("ราชกํา", "ราชกำ")]
    [InlineData("ทํา งาน", "ทำ งาน")]
    [InlineData("ทํ า", "ทำ")]
    [InlineData("ทํ\u200Bา", "ทำ")]
    [InlineData("น้ํา", "น้ำ")]
    [InlineData("นํ้า", "น้ำ")]
    [InlineData("ก ่", "ก่")]
    [InlineData("ที ่", "ที่")]
    [InlineData("ท ำ", "ทำ")]
    [InlineData("ก่่", "ก่")]
    [InlineData("ที่่ตั้ง", "ที่ตั้ง")]
    [InlineData("เ ป็น", "เป็น")]
    [InlineData("ไ ม่", "ไม่")]
    [InlineData("a\u200Bb\u200Cc\u200Dd\uFEFFe\u00ADf", "abcdef")]
    [InlineData("e\u0301", "\u00E9")]
    public void Repair_DamagedText_IsRepaired(string input, string expected) =>
        ThaiTextRepair.Repair(input).Text.Should().Be(expected);

    [Theory]
    [InlineData("ไป ที่ บ้าน")]
    [InlineData("ก า")]
    [InlineData("เรื่อง ขอเชิญ")]
    [InlineData("๑๒ ๓๔ - ๕.๖")]
    [InlineData("hello  world")]
    [InlineData("ที่ กห ๐๓๐๑.๑๐.๑/๒๖๐")]
    [InlineData("วันที่ ๓ พ.ค. ๖๗\nเรื่อง ขอลาออก")]
    [InlineData("")]
    [InlineData("ສະບາຍດີ ที่ กห")] // repair sites (a script NFC could change) that need nothing
    [InlineData("ำ เรื่อง")]
    public void Repair_CleanText_IsIdentity(string input)
    {
        RepairedText repaired = ThaiTextRepair.Repair(input);
        repaired.Text.Should().BeSameAs(input);
        repaired.IsIdentity.Should().BeTrue();
        repaired.EditPointCount.Should().Be(0);
        repaired.ToOriginalOffset(input.Length).Should().Be(input.Length);
        repaired.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ก\u200Bข คำ", "คำ")]
    [InlineData("ราชกํา ๑๖ พฤษภาคม", "๑๖")]
    [InlineData("ราชกํา ๑๖ พฤษภาคม", "พฤษภาคม")]
    [InlineData("a\r\nb\r\nc", "c")]
    [InlineData("ที ่ตั้ง ดี", "ดี")]
    [InlineData("\uFEFFเรื่อง", "เรื่อง")]
    public void ToOriginal_SpanAfterRepairs_PointsAtSameOriginalText(string input, string word)
    {
        RepairedText repaired = ThaiTextRepair.Repair(input);
        int start = repaired.Text.IndexOf(word, StringComparison.Ordinal);
        TextSpan original = repaired.ToOriginal(new TextSpan(start, word.Length));
        input.Substring(original.Start, original.Length).Should().Be(word);
    }

    [Theory]
    [InlineData("ทํา", 0, 2, "ทํา")]
    [InlineData("ทํ า", 0, 2, "ทํ า")]
    [InlineData("a\r\nb", 0, 2, "a\r\n")]
    [InlineData("ที ่", 0, 3, "ที ่")]
    [InlineData("ก่่ข", 0, 2, "ก่่")]
    public void ToOriginal_RepairedCluster_CoversAllItsSourceCharacters(string input, int start, int length, string expected)
    {
        RepairedText repaired = ThaiTextRepair.Repair(input);
        TextSpan original = repaired.ToOriginal(new TextSpan(start, length));
        input.Substring(original.Start, original.Length).Should().Be(expected);
    }

    [Theory]
    [InlineData("ab\u200B")]
    [InlineData("\u200B\u200B")]
    [InlineData("a\r\n")]
    [InlineData("ทํา")]
    public void ToOriginalOffset_EndOfText_MapsToEndOfOriginal(string input)
    {
        RepairedText repaired = ThaiTextRepair.Repair(input);
        repaired.ToOriginalOffset(repaired.Text.Length).Should().Be(input.Length);
    }

    [Fact]
    public void ToOriginalOffset_Monotonic_ForMixedRepairs()
    {
        string input = "ก\u200Bข\r\nทํา ที ่ เ ป็น ก่่";
        RepairedText repaired = ThaiTextRepair.Repair(input);
        int previous = -1;
        for (int i = 0; i <= repaired.Text.Length; i++)
        {
            int mapped = repaired.ToOriginalOffset(i);
            mapped.Should().BeGreaterThan(previous);
            previous = mapped;
        }

        repaired.Text.Should().Be("กข\nทำ ที่ เป็น ก่");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void ToOriginalOffset_OutOfRange_Throws(int offset)
    {
        var act = () => ThaiTextRepair.Repair("abc").ToOriginalOffset(offset);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Repair_Null_Throws()
    {
        var act = () => ThaiTextRepair.Repair(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("่ก", 0)]
    [InlineData("ab ่", 3)]
    public void Repair_OrphanMark_ReportsDiagnostic(string input, int offset)
    {
        RepairedText repaired = ThaiTextRepair.Repair(input);
        repaired.Diagnostics.Should().ContainSingle()
            .Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.OrphanMark && d.Span.Start == offset);
    }

    [Fact]
    public void Repair_ManyRepairs_MapStaysCompact()
    {
        string input = string.Concat(Enumerable.Repeat("ทํา งาน ", 1000));
        RepairedText repaired = ThaiTextRepair.Repair(input);
        repaired.Text.Should().Be(string.Concat(Enumerable.Repeat("ทำ งาน ", 1000)));
        repaired.EditPointCount.Should().BeLessThanOrEqualTo(2 * 1000 + 2);
        repaired.ToOriginal(new TextSpan(repaired.Text.Length - 4, 3)).Should().Be(new TextSpan(input.Length - 4, 3));
    }

    [Theory]
    [InlineData("ทํา งาน\r\nทํา\u200Bงาน ก่่อน\r\n")]
    [InlineData("กข\r\n\r\nทํา")]
    public void CopyTo_AnySpanBeforeTheTextIsMade_GivesTheCharactersOfTheText(string input)
    {
        string expected = ThaiTextRepair.Repair(input).Text;
        // Text is never read from this one: every span is written from the repair's pieces.
        var repaired = ThaiTextRepair.Repair(input);

        for (int start = 0; start <= expected.Length; start++)
        {
            for (int end = start; end <= expected.Length; end++)
            {
                var destination = new char[end - start];
                repaired.CopyTo(TextSpan.FromBounds(start, end), destination);
                new string(destination).Should().Be(expected[start..end]);
            }
        }
    }

    // xUnit mangles lone surrogates in attribute data, so they are written as \uXXXX escapes and unescaped here.
    [Theory]
    [InlineData(@"ก\uD800ข", @"ก\uFFFDข")]
    [InlineData(@"\uDC00", @"\uFFFD")]
    [InlineData(@"ทํา\uDBFF", @"ทำ\uFFFD")]
    [InlineData(@"e\u0301\uD83D", @"\u00E9\uFFFD")]
    [InlineData(@"ก\uD83D\uDE00\u0301ข", @"ก\uD83D\uDE00\u0301ข")]
    [InlineData(@"ก\uFFFEข\uFFFF", @"ก\uFFFDข\uFFFD")]
    public void Repair_LoneSurrogate_IsReplacedWithoutThrowing(string escapedInput, string escapedExpected)
    {
        string input = System.Text.RegularExpressions.Regex.Unescape(escapedInput);
        RepairedText repaired = ThaiTextRepair.Repair(input);
        repaired.Text.Should().Be(System.Text.RegularExpressions.Regex.Unescape(escapedExpected));
        repaired.ToOriginalOffset(repaired.Text.Length).Should().Be(input.Length);
    }
}
