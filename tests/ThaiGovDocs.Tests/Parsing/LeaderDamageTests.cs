using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class LeaderDamageTests
{
    [Theory]
    [InlineData("กธก.ศซบ.ทหาร (แผนกธุรการกำลังพลฯ.โทร.ทหาร ๕๗๒๑๗๔๗)", "กธก.ศซบ.ทหาร (แผนกธุรการกำลังพลฯ โทร.ทหาร ๕๗๒๑๗๔๗)")]
    [InlineData("กกล.นซบ.ทหาร (แผนกธุรการและกำลังพลฯ) โทร. ๐ ๒๕๗๒ ๑๗๔๗ โทร.ทหาร ๕๗๒๑๗๔๗).", "กกล.นซบ.ทหาร (แผนกธุรการและกำลังพลฯ โทร. ๐ ๒๕๗๒ ๑๗๔๗ โทร.ทหาร ๕๗๒๑๗๔๗)")]
    [InlineData("ศศย.สปท. (โทร./โทรสาร ๐ ๒๒๗๕ ๕๗๑๖)...", "ศศย.สปท. (โทร./โทรสาร ๐ ๒๒๗๕ ๕๗๑๖)")]
    [InlineData("ศศย.สปท. (โทร./โทรสาร ๐ ๒๒๗๕.๕๗๑๖)", "ศศย.สปท. (โทร./โทรสาร ๐ ๒๒๗๕ ๕๗๑๖)")]
    [InlineData("กพ.ทหาร (กพบท.ฯ โทร. ๐ ๒๕๗๕ ๖๐๗๑. โทร.ทหาร ๕๗๒๑๑๒๐)", "กพ.ทหาร (กพบท.ฯ โทร. ๐ ๒๕๗๕ ๖๐๗๑ โทร.ทหาร ๕๗๒๑๑๒๐)")]
    [InlineData("กกล.นซบ.ทหาร (แผนกธุรการ โทร..๐.๒๕๗๒.๑๗๔๗.โทร.ทหาร ๕๗๒๑๗๔๗)", "กกล.นซบ.ทหาร (แผนกธุรการ โทร. ๐ ๒๕๗๒ ๑๗๔๗ โทร.ทหาร ๕๗๒๑๗๔๗)")]
    [InlineData("กองคลัง (โทร. 0 2141 5555. ต่อ 12)", "กองคลัง (โทร. 0 2141 5555 ต่อ 12)")]
    public void Clean_LeaderOrTypingDamage_IsRepaired(string value, string expected)
    {
        LeaderDamage.Clean(value, out bool repaired).Should().Be(expected);
        repaired.Should().BeTrue();
    }

    [Theory]
    [InlineData("กพ.ทหาร (กพบท.ฯ โทร. ๐ ๒๕๗๕ ๖๐๗๑ โทร.ทหาร ๕๗๒๑๑๒๐)")]
    [InlineData("ศซล.นซบ.ทหาร")]
    [InlineData("กองบัญชาการกองทัพไทย (บก.ทท.)")]
    [InlineData("สำนักงาน ก.พ. (กลุ่มงานบริหารทั่วไป) โทร. ๐ ๒๕๔๗ ๑๐๐๐")]
    [InlineData("ฯพณฯ นายกรัฐมนตรี")]
    [InlineData("กรม ก (ฝ่าย ข) (งาน ค)")]
    [InlineData("บก.ทท.")]
    [InlineData("กองแผนงาน (งาน ๑.๒) โทร. ๐ ๒๕๗๕ ๖๐๗๑")]
    [InlineData("สำนักงาน (โทร.๐ ๒๕๗๕ ๖๐๗๑-๓)")]
    [InlineData("กพ.ทหาร (โทร.ทหาร ๕๗๒๑๑๒๐)")]
    public void Clean_SoundValue_IsLeftAlone(string value)
    {
        LeaderDamage.Clean(value, out bool repaired).Should().Be(value);
        repaired.Should().BeFalse();
    }
}
