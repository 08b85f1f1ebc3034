using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public class LineFusionTests
{
    [Theory]
    // Stock has no ๔ ๖ ๗ ๘ ๙: the figures come from the digit reading, the letters from the letter reading.
    [InlineData("ส่วนราชการ กธก.ศซบ.ทหาร (แผนกธุรการกําลังพลฯ.โทร.ทหาร ๕๓๒๑๓๕๓)", "ส่วนราชการ.ถ้ถ.ศซบ.ทหาร (ผผใภช้รฉวฐกวลังภลววทร.ทหาร ๕๗๒๑๗๔๗)",
        "ส่วนราชการ กธก.ศซบ.ทหาร (แผนกธุรการกําลังพลฯ.โทร.ทหาร ๕๗๒๑๗๔๗)")]
    [InlineData("(พรเทพ ไวยบุรี)", "(รเทพ ใวยบุรี)", "(พรเทพ ไวยบุรี)")]
    [InlineData("ที่ กห ๐๓๐๑.๑๐.๑/", "ที่ กห ๐๓๐๑.๑๐.๑/", "ที่ กห ๐๓๐๑.๑๐.๑/")]
    // Leader dots that stock reads as ุ, a comma or a colon are not in the digit reading, which was trained on them.
    [InlineData("ขอความเห็นชอบุการลาออก", "ขอความเห็นนอบการลาออก", "ขอความเห็นชอบการลาออก")]
    [InlineData("กห ๑๓๑๒/ ๖๔   :  : วันที่", "กห ๑๓๑๒/ ๖๔      วันที่", "กห ๑๓๑๒/ ๖๔      วันที่")]
    [InlineData("ลชท,รอง", "ลชท.รอง", "ลชท.รอง")]
    [InlineData("ลง ๑๔ ธีค. ๖๖", "ลง ๑๔ ธ.ค. ๖๖", "ลง ๑๔ ธ.ค. ๖๖")]
    // Latin digits glued to Thai are tha_gov's junk, not figures; Latin figures that stand apart are.
    [InlineData("ขอความเห็นชอบแต่งตั้ง ลชท.รอง", "ขอความเห็นชอบแต่งตั้ง ลชท.รอ4", "ขอความเห็นชอบแต่งตั้ง ลชท.รอง")]
    [InlineData("โทร.ทหาร ๕๓๒๑๓๕๓)", "โทร.ทหาร ๕๗๒๑๗๔๗1", "โทร.ทหาร ๕๗๒๑๗๔๗)")]
    [InlineData("โทร. 0 2275 5316", "โทร. 0 2275 5716", "โทร. 0 2275 5716")]
    // Stock splits Thai words with a space that the digit reading does not have.
    [InlineData("ขอความ เห็นชอบการลาออก", "ขอความเห็นชอบการลาออก", "ขอความเห็นชอบการลาออก")]
    // tha_gov reads the ๓ of some faces as ๑; stock reads ๓ right and never writes ๓ for ๑ (it does for ๗ and ๙).
    [InlineData("ที่ ๓๑๓/๒๕๖๓", "ที่ ๑๑๑/๒๕๖๑", "ที่ ๓๑๓/๒๕๖๓")]
    [InlineData("ที่ ๑๑๓/๒๕๖๓", "ที่ ๓๑๓/๒๕๖๗", "ที่ ๓๑๓/๒๕๖๗")]
    [InlineData("โทร.ทหาร ๕๓๒๑๓๕๓)", "โทร.ทหาร ๕๗๒๑๗๔๗)", "โทร.ทหาร ๕๗๒๑๗๔๗)")]
    // A below-vowel only the letter reading has is a leader dot, unless its letter is one only the letter reading has.
    [InlineData("ผู้อำนวยการสำนักงาน", "อำนวยการสำนักงาน", "ผู้อำนวยการสำนักงาน")]
    [InlineData("ส่วนราชการ ุ กพ.ทหาร", "ส่วนราชการ กพ.ทหาร", "ส่วนราชการ กพ.ทหาร")]
    // Stock reads a ๖ or an ๘ as two figures: the one left over at a figure run's edge is not a figure the digit reading missed.
    [InlineData("โทร. ๐๕ ๐๒ฒ๕๐๕ ๕๒๕๒ โทรสาร ๕๓๕๑๕๕๑๕๑", "โทร. ๐๔ ๖๗๐๔ ๔๒๘๒ โทรสาร ๘๙๗๕๑๔๑", "โทร. ๐๔ ๖๗๐๔ ๔๒๘๒ โทรสาร ๘๙๗๕๑๔๑")]
    [InlineData("โทร. ๐๐ ๐๒๕๐๒ ๓๑๑๕ โทรสาร ๐-๕๕๕๑-๓๐๕๕", "โทร. ๐๐ ๖๔๖๖ ๓๑๗๕ โทรสาร ๐-๕๕๘๑-๓๐๕๘", "โทร. ๐๐ ๖๔๖๖ ๓๑๗๕ โทรสาร ๐-๕๕๘๑-๓๐๕๘")]
    // A space the digit reading has beside a figure run stays (a Sarabun letter's number line; stock ran it together).
    [InlineData("นร๐๕๐๕/ว๒๒๑", "นร๐๕๐๕/ว ๒๒๑", "นร๐๕๐๕/ว ๒๒๑")]
    [InlineData("วันที่๒๑.๐๐ น.", "วันที่ ๒๑.๐๐ น.", "วันที่ ๒๑.๐๐ น.")]
    // One letter, one above-vowel: the readings' two (ิ and ี) are not both kept (a certificate in Sarabun; was ดิีงาม).
    [InlineData("(นางมาลิ ดีงาม)", "(นางมาดี ติ่งาม)", "(นางมาลิ ดีงาม)")]
    // A tone mark the letter reading lost is kept from the digit reading.
    [InlineData("สิงที่ส่งมาด้วย", "สิ่งที่ส่งมาด้วย", "สิ่งที่ส่งมาด้วย")]
    public void Fuse_TwoReadings_TakesLettersFromOneAndFiguresFromTheOther(string letters, string digits, string expected) =>
        LineFusion.Fuse(letters, digits).Text.Should().Be(expected);

    [Theory]
    [InlineData("", "๑๒๓ ถนน")] // the letter model read nothing
    [InlineData("บันทึกข้อความ เรื่อง ขอเชิญประชุม เสนอ ผอ.กอง", "บันทึกข้อความ")] // the crop took in a neighbouring line
    [InlineData("กขคงจฉชซ", "๑๒๓๔๕๖๗๘")] // nothing in common
    public void Fuse_ReadingsTooFarApart_KeepsTheDigitReading(string letters, string digits) =>
        LineFusion.Fuse(letters, digits).Text.Should().Be(digits);

    [Fact]
    public void Fuse_ChangedLine_MapsEveryDigitReadingOffsetIntoTheJoinedLine()
    {
        const string digits = "(รเทพ ใวยบุรี)";
        var (text, offsets) = LineFusion.Fuse("(พรเทพ ไวยบุรี)", digits);

        offsets.Should().HaveCount(digits.Length + 1).And.BeInAscendingOrder();
        offsets[^1].Should().Be(text.Length);
        text[offsets[digits.IndexOf('ใ', StringComparison.Ordinal)]].Should().Be('ไ', "the word box of ใวยบุรี now starts at ไวยบุรี");
    }

    [Fact]
    public void Fuse_LineStartingWithAMark_DropsTheOrphanMark() =>
        LineFusion.Fuse("้างถึง คำสั่ง", "างถึง คำสั่ง").Text.Should().Be("างถึง คำสั่ง");

    [Theory]
    [InlineData("กุมภาพันธ์เ", "กุมภาพันธ์", "กุมภาพันธ์")]
    [InlineData("ที่ (", "ที่", "ที่")]
    [InlineData("คครั้งที่", "ครั้งที่", "ครั้งที่")]
    public void TrimOverhang_LetterOnlyCharactersAtInnerEdges_AreDropped(string letters, string digits, string expected) =>
        LineFusion.TrimOverhang(letters, digits, trimStart: true, trimEnd: true).Should().Be(expected);

    [Fact]
    public void TrimOverhang_DifferencesInside_AreKept() =>
        LineFusion.TrimOverhang("ข้าราชการทำงาน", "ช้าราชการทางาน", trimStart: true, trimEnd: true).Should().Be("ข้าราชการทำงาน");

    [Fact]
    public void TrimOverhang_AtTheLinesOwnEdge_KeepsALetterThePageModelLost() =>
        LineFusion.TrimOverhang("ข้อ 181 จำนวน", "้อ 181 จำนวน", trimStart: false, trimEnd: true).Should().Be("ข้อ 181 จำนวน");
}
