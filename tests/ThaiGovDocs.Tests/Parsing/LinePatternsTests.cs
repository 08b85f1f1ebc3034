using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class LinePatternsTests
{
    [Theory]
    [InlineData("๑๘ มีนาคม ๒๕๖๗", 0)]
    [InlineData("'           ๑๘  มีนาคม ๒๕๖๗", 12)] // a speck read as a quote before the date of a rendered page's scan
    [InlineData("- ๒๒ กุมภาพันธ์ ๒๕๖๘", 2)]
    public void IsDateOnly_DateAfterSpeck_IsTheDateAtItsPlace(string line, int start)
    {
        LinePatterns.IsDateOnly(line, out var match).Should().BeTrue();
        match.Span.Start.Should().Be(start);
    }

    [Theory]
    [InlineData("๑. ๑๘ มีนาคม ๒๕๖๗ ประชุม")]
    [InlineData("ab ๑๘ มีนาคม ๒๕๖๗")]
    [InlineData("เมื่อวันที่ ๒๘ มีนาคม ๒๕๖๘")] // "on the date": running text that OCR wrapped onto a line of its own
    [InlineData("เมือวันที่ ๒๘ มีนาคม ๒๕๖๘")]
    public void IsDateOnly_DateWithWords_IsFalse(string line) =>
        LinePatterns.IsDateOnly(line, out _).Should().BeFalse();

    [Theory]
    [InlineData("(นายณัฐพล นิมมานพัชรินทร์)", "นายณัฐพล นิมมานพัชรินทร์")]
    [InlineData("(นางสาวมาลี ศรีสุข", "นางสาวมาลี ศรีสุข")]
    [InlineData("(ศาสตราจารย์ ดร.ประเสริฐ มณีรัตน์)", "ศาสตราจารย์ ดร.ประเสริฐ มณีรัตน์")]
    [InlineData("(นางสาวศรีสุดา วงศ์ประเสริฐ) ๔", "นางสาวศรีสุดา วงศ์ประเสริฐ")] // a rendered page's scan: a mark below read after it
    [InlineData("(นายสมชาย ใจดี)  -'", "นายสมชาย ใจดี")]
    [InlineData("(นายสมชาย ใจดี) ^_", "นายสมชาย ใจดี")] // ASCII punctuation between 'Z' and 'a' is junk too, not a word
    public void TryGetParenthesizedName_SignatureName_GivesTheName(string line, string name)
    {
        LinePatterns.TryGetParenthesizedName(line, out int start, out int length).Should().BeTrue();
        line.Substring(start, length).Should().Be(name);
    }

    [Theory]
    [InlineData("มีว                    นอ", true)]
    [InlineData("ง     a    ุ", true)]
    [InlineData("กทม.", false)] // a short wrap, no gap
    [InlineData("พ.ศ.      ๒๕๖๘", false)] // figures
    [InlineData("ทุกจังหวัด      นอ", false)] // a word
    public void IsScatteredSpecks_Line_TellsSpecksFromAWrap(string line, bool specks) =>
        LinePatterns.IsScatteredSpecks(line).Should().Be(specks);

    [Theory]
    [InlineData("(ลงชื่อ)")]
    [InlineData("(ลงชื่อ) ..................")]
    [InlineData("( ลงชื่อ )")]
    [InlineData("(ลงนาม)")]
    [InlineData("(Local Smart City Report 2023)")]
    [InlineData("(นายสมชาย ใจดี) ผู้อำนวยการกอง")]
    [InlineData("(ร่าง) หนังสือเชิญประชุม")]
    public void TryGetParenthesizedName_SigningWordOrNonName_IsFalse(string line) =>
        LinePatterns.TryGetParenthesizedName(line, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("ี่ ๑44   2.                        ท่        ช่ง")]
    [InlineData("  ้ ๒ ส.")]
    public void IsOrphanMarkJunk_HandwritingReadAsText_IsTrue(string line) =>
        LinePatterns.IsOrphanMarkJunk(line).Should().BeTrue();

    [Theory]
    [InlineData("ี่ยวข้องกับการประชุม")]
    [InlineData("ท่ ช่ง")]
    [InlineData("เลขหมายความชำนาญการทหาร")]
    [InlineData("")]
    public void IsOrphanMarkJunk_TextOrWordsAfterALostLetter_IsFalse(string line) =>
        LinePatterns.IsOrphanMarkJunk(line).Should().BeFalse();

    [Theory]
    [InlineData("๑. ระเบียบวาระการประชุม", 1)]
    [InlineData("(๓) แบบฟอร์ม", 3)]
    [InlineData("๒,. หนังสือจังหวัดนครราชสีมา", 2)] // a Sarabun letter scanned at 200 dpi: a speck before the stop
    public void TryReadItemNumber_ItemNumber_IsRead(string line, int expected)
    {
        LinePatterns.TryReadItemNumber(line, out int number, out _).Should().BeTrue();
        number.Should().Be(expected);
    }

    [Theory]
    [InlineData("๑.๒ ล้านบาท")]
    [InlineData("๒, ๓ และ ๔")]
    public void TryReadItemNumber_FigureOrList_IsNoItem(string line) =>
        LinePatterns.TryReadItemNumber(line, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("ผู้ว่าราชการจังหวัด ปฏิบัติ", "ราชการแทน")]
    [InlineData("รักษา", "ราชการแทน")]
    [InlineData("ปฏิบัติ  ", "  หน้าที่แทน")]
    [InlineData("รองอธิบดี ทำการ", "แทน อธิบดี")]
    public void ContinuesActingFor_PhraseWrappedInside_IsTrue(string line, string next) =>
        LinePatterns.ContinuesActingFor(line, next).Should().BeTrue();

    [Theory]
    [InlineData("ปฏิบัติ", "")]
    [InlineData("", "ราชการแทน")]
    [InlineData("นายกปฏิบัติ", "ราชการแทน")] // the cut falls inside a word
    [InlineData("ปฏิบัติ", "งานแทน")]
    [InlineData("ปฏิบัติราชการแทน", "อธิบดี")]
    public void ContinuesActingFor_NoPhraseAcrossTheBreak_IsFalse(string line, string next) =>
        LinePatterns.ContinuesActingFor(line, next).Should().BeFalse();
}
