using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class RanksTests
{
    [Theory]
    [InlineData("พ.อ.", "พ.อ.")]
    [InlineData("พล.ต.ท.", "พล.ต.ท.")]
    [InlineData("น.อ.หญิง", "น.อ.หญิง")]
    [InlineData("ว่าที่ ร.ต.", "ว่าที่ ร.ต.")]
    [InlineData("พ.อ.(พิเศษ)", "พ.อ.(พิเศษ)")]
    [InlineData("พลฯ", "พลฯ")]
    [InlineData("น.อ. ร.น.", "น.อ.")]
    [InlineData("น.อ.ร.น.", "น.อ.")]
    [InlineData("น.อ.                                                     ร.น.", "น.อ.")] // memo-003: the signature between, read as a column gap
    public void TryReadSignatureLine_CleanRank_ReadsItUndamaged(string line, string rank)
    {
        Ranks.TryReadSignatureLine(line, out string canonical, out bool damaged).Should().BeTrue();

        canonical.Should().Be(rank);
        damaged.Should().BeFalse();
    }

    [Theory]
    [InlineData("พ.อ.     -", "พ.อ.")]
    [InlineData("พ.อ.    ๗      \"-เ", "พ.อ.")]
    [InlineData("พล.ต..", "พล.ต.")]
    [InlineData("นอ. \" \"  ร.น.", "น.อ.")]
    [InlineData("พ.อ", "พ.อ.")]
    [InlineData("พลต.อ.", "พล.ต.อ.")]
    [InlineData("พ.อ.หญิง  -", "พ.อ.หญิง")]
    [InlineData("ร.อ. หญิง ~", "ร.อ.หญิง")]
    [InlineData("พ.อ.      - น1", "พ.อ.")]
    [InlineData("พ.อ.  Uน./r-", "พ.อ.")]
    public void TryReadSignatureLine_DamagedRankLine_ReadsTheCanonicalRank(string line, string rank)
    {
        Ranks.TryReadSignatureLine(line, out string canonical, out bool damaged).Should().BeTrue();

        canonical.Should().Be(rank);
        damaged.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("ผอ.กกล.นซบ.ทหาร")]
    [InlineData("รอง ผอ.ศศย.สปท. ทำการแทน")]
    [InlineData("รอง จก.กพ.ทหาร ทำการแทน")]
    [InlineData("จึงเสนอมาเพื่อพิจารณา")]
    [InlineData("พอสมควร")]
    [InlineData("พอ")]
    [InlineData("นอ แรด")]
    [InlineData("พ.อ. สมชาย ใจดี")]
    [InlineData("พ.อ. ผอ.กกล.นชบ.ทหาร")]
    [InlineData("พ.อ. ผอ.")]
    [InlineData("พ.อ. ๑๒")]
    [InlineData("พ.อ. Mr")]
    [InlineData("พ.อ.หญิง ทัศรินทร์ โสธรบุญ รอง ผอ.กภศ.ศศย.สปท.")]
    [InlineData("(สมชาย ธูปแช่ม)")]
    [InlineData("ร.น.")]
    [InlineData("พ.อ.๑๒๓๔๕")]
    public void TryReadSignatureLine_PositionNameOrBodyLine_IsNotARank(string line)
    {
        Ranks.TryReadSignatureLine(line, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("พลตำรวจโท", "พลตำรวจโท")]
    [InlineData("พันเอก", "พันเอก")]
    [InlineData("นาวาอากาศเอกหญิง", "นาวาอากาศเอกหญิง")]
    [InlineData("ว่าที่ร้อยตรี", "ว่าที่ ร้อยตรี")]
    [InlineData("  พลเรือตรี  ", "พลเรือตรี")]
    [InlineData("ร้อยตำรวจเอก  -", "ร้อยตำรวจเอก")]
    public void TryReadSignatureLine_RankInFull_ReadsItAsPrinted(string line, string rank)
    {
        Ranks.TryReadSignatureLine(line, out var read, out _).Should().BeTrue();
        read.Should().Be(rank);
    }

    [Theory]
    [InlineData("พันธกิจของหน่วยงาน")]
    [InlineData("พลเอก ประยุทธ์ จันทร์โอชา")]
    [InlineData("พันเอกพิเศษ ผู้อำนวยการกอง")]
    public void TryReadSignatureLine_RankWordInAPhrase_IsNotARankLine(string line) =>
        Ranks.TryReadSignatureLine(line, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("พ.อ.     -")]
    [InlineData("พล.ต..")]
    [InlineData("นอ. \" \"  ร.น.")]
    public void IsRank_DamagedRankLine_StaysStrict(string line)
    {
        Ranks.IsRank(line).Should().BeFalse();
    }
}
