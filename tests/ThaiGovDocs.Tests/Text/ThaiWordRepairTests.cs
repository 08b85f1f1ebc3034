using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public class ThaiWordRepairTests
{
    // A small list in the manner of libthai's dictionary (which the OCR layer loads): real words only, no names.
    private static readonly ThaiLexicon Lexicon = new(
    [
        "ขั้น", "พื้นฐาน", "ฐาน", "การ", "ศึกษา", "สำนัก", "คดี", "สถิติ", "กฎหมาย", "และ", "ผู้", "อำนวย", "ความ", "ดี",
        "รักษา", "รักษ์", "ทอง", "บังคับ", "คำ", "สง", "ลง", "นครราชสีมา", "จังหวัด", "ว่า", "ราชการ", "ประ", "จีน", "กัน",
        "ก้ม", "ปา", "ลา", "ประจำ", "นาย", "มั่นคง", "มัน", "คง", "มิ", "ค", "เพชร", "รัตน์", "มี", "กอง", "คลัง",
    ]);

    [Theory]
    [InlineData("สำนักการศึกษาขั้นพื้นฐ่าน", "สำนักการศึกษาขั้นพื้นฐาน")] // stray tone mark
    [InlineData("สถิติคดี่", "สถิติคดี")] // tone mark after the vowel
    [InlineData("ผู้อำน่วยการ", "ผู้อำนวยการ")]
    [InlineData("กฎหมาย์และคดี", "กฎหมายและคดี")] // stray ์
    [InlineData("ขั้นพื้นัฐาน", "ขั้นพื้นฐาน")] // stray ั
    [InlineData("รักษาความดิ", "รักษาความดี")] // ิ read for ี
    [InlineData("บังค้บ", "บังคับ")] // ้ read for ั
    [InlineData("จังหวัดนครร่าชสีมา", "จังหวัดนครราชสีมา")]
    [InlineData("ผู้อำนวยกำรกองคลัง", "ผู้อำนวยการกองคลัง")] // ำ for า
    [InlineData("ความมั้นคง", "ความมั่นคง")] // ้ for ่: one word beats มัน|คง, which dropping the mark would make
    public void Repair_OneMisreadMark_Mended(string line, string expected) =>
        ThaiWordRepair.Repair(line, Lexicon, out _).Should().Be(expected);

    [Theory]
    [InlineData("สำนักการศึกษาขั้นพื้นฐาน")] // known words
    [InlineData("คำสัง")] // only คำ|สง would cover it: a two-letter word is too easy to make
    [InlineData("(นายประจิน")] // a name glued to its title
    [InlineData("ดร.ประจิน")] // a name after an abbreviation
    [InlineData("พลอากาศเอกประจิน")] // a name glued to a rank
    [InlineData("กัมปาลา")] // a foreign name: only ก้ม|ปา|ลา covers it, and a swap of ั must make a longer word
    [InlineData("ก")] // too short to judge
    [InlineData("ที่ ๑๗๖ วันที่ มีค. ๖๗")] // an abbreviation with a lost dot is not a word to mend (มิ|ค)
    [InlineData("เพ็ชรรัตน์")] // a name's old spelling: ็ is never dropped
    [InlineData("ABC 123 ๑๒๓")] // no Thai letters
    public void Repair_NothingToMendOrTooUnsure_SameString(string line) =>
        ThaiWordRepair.Repair(line, Lexicon, out var offsets).Should().BeSameAs(line).And.Subject.Should().NotBeNull();

    [Fact]
    public void Repair_MarkRemoved_OffsetsFollow()
    {
        const string Line = "ขั้นพื้นฐ่าน ๑๒";
        var mended = ThaiWordRepair.Repair(Line, Lexicon, out var offsets);

        mended.Should().Be("ขั้นพื้นฐาน ๑๒");
        offsets.Should().NotBeNull();
        offsets![Line.IndexOf('๑')].Should().Be(mended.IndexOf('๑'));
        offsets[Line.Length].Should().Be(mended.Length);
        offsets[Line.IndexOf('ฐ')].Should().Be(mended.IndexOf('ฐ'));
    }

    [Fact]
    public void Repair_MarkReplaced_NoOffsets()
    {
        ThaiWordRepair.Repair("ความดิ", Lexicon, out var offsets).Should().Be("ความดี");
        offsets.Should().BeNull();
    }

    [Fact]
    public void Repair_TwoRunsMended_BothMendedInOrder() =>
        ThaiWordRepair.Repair("คดี่ และ ขั้นพื้นฐ่าน", Lexicon, out _).Should().Be("คดี และ ขั้นพื้นฐาน");
}
