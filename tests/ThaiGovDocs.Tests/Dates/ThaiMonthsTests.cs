using ThaiGovDocs.Dates;

namespace ThaiGovDocs.Tests.Dates;

public sealed class ThaiMonthsTests
{
    [Theory]
    [InlineData("คำสั่ง บก.ทท. (เฉพาะ) ที่ ๑๑๓๙/๖๖ ลง ๑๔ ธี.ค. ๖๖", "คำสั่ง บก.ทท. (เฉพาะ) ที่ ๑๑๓๙/๖๖ ลง ๑๔ ธ.ค. ๖๖")]
    [InlineData("ลง ๕ ก่.พ. ๖๘ และ ๖ ต้.ค. ๖๘", "ลง ๕ ก.พ. ๖๘ และ ๖ ต.ค. ๖๘")]
    public void WithoutStrayMarks_MarkOnAOneLetterMonth_IsRemoved(string text, string expected) =>
        ThaiMonths.WithoutStrayMarks(text).Should().Be(expected);

    [Theory]
    [InlineData("ลง ๒๒ มี.ค. ๖๗")]
    [InlineData("ลง ๒๑ มิ.ย. ๖๗")]
    [InlineData("หนังสือ กรมที่ดิน ที่ มท ๐๕๑๕/๒๒")]
    [InlineData("ผู้ที่.ค.")]
    public void WithoutStrayMarks_WrittenMonthsAndWords_AreLeftAlone(string text) =>
        ThaiMonths.WithoutStrayMarks(text).Should().BeSameAs(text);
}
