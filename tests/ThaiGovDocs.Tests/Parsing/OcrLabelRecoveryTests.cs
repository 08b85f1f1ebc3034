namespace ThaiGovDocs.Tests.Parsing;

/// <summary>Header lines as stock Tesseract reads them off the memo scans of the corpus.</summary>
public sealed class OcrLabelRecoveryTests
{
    [Theory]
    [InlineData("ด่วนมาก บันทึกข้อความ", "veryUrgent")]
    [InlineData("ซี                       บันทึกข้อความ", null)]
    [InlineData("1 /ญขันทึกข้อความ", null)]
    [InlineData("บนทกขอความ", null)]
    public void Parse_MemoHeadingSharingItsLine_IsStillAMemo(string heading, string? urgency)
    {
        var text = $"{heading}\n\nส่วนราชการ กพ.ทหาร\nที่ กห ๐๓๐๒/๖๔   วันที่ ๓ มี.ค. ๖๘\nเรื่อง ทดสอบ\n\nเรียน ผู้อำนวยการ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Kind.Should().Be(DocumentKind.Memo);
        (document.Urgency is { } u ? Json.LetterJson.Name(u.Value) : null).Should().Be(urgency);
        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 3, 3));
    }

    [Theory]
    [InlineData("a กห ๐๓๐๒/๖๔                       วันที่ ๓ มี.ค. ๖๘")]
    [InlineData("ทํ กห ๐๓๐๒/๖๔   วันที่ ๓ มี.ค. ๖๘")]
    public void Parse_NumberLineWithMisreadLabel_IsReadByItsShape(string numberLine)
    {
        var text = $"บันทึกข้อความ\nส่วนราชการ กพ.ทหาร\n{numberLine}\nเรื่อง ทดสอบ\n\nเรียน ผู้อำนวยการ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Number!.Prefix.Should().Be("กห");
        document.Number.Serial.Should().Be(64);
        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 3, 3));
    }

    // An external letter in Sarabun read from its image: the space after ที่ was lost.
    [Theory]
    [InlineData("ที่นม ๐๐๑๗.๒/ว ๑๒๓๔                            ศาลากลางจังหวัดนครราชสีมา", "นม", 1234)]
    [InlineData("ที่ศธ๐๕๒๐.๑/๑๒๓", "ศธ", 123)]
    [InlineData("ทีนร ๐๕๐๕/ว ๒๒๑", "นร", 221)]
    [InlineData("-ที่นม ๐๐๑๗.๒/ว ๑๒๓๔", "นม", 1234)]
    public void Parse_NumberLabelGluedToTheNumber_IsTheNumber(string numberLine, string prefix, int serial)
    {
        var text = $"ด่วนที่สุด\n{numberLine}\n\n๑๒ มกราคม ๒๕๖๘\nเรื่อง ขอเชิญประชุม\n\nเรียน นายอำเภอทุกอำเภอ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Number!.Prefix.Should().Be(prefix);
        document.Number.Serial.Should().Be(serial);
        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 1, 12));
    }

    [Theory]
    [InlineData("ข้อความนี้ใช้ทดสอบบันทึกข้อความที่ยาวมากเกินกว่าจะเป็นหัวเรื่องได้เลย")]
    [InlineData("ที่ดิน ๑๒๓/๔๕ ไร่")]
    [InlineData("ที่ปรึกษา ๑/๒๕๖๘")]
    [InlineData("ส่งข้อความ")]
    [InlineData("ab ที่ประชุม ๑/๒ วันที่")]
    public void Parse_OrdinaryLine_IsNotTakenForAHeaderLabel(string line)
    {
        var result = LetterParser.Parse(line + "\n");

        result.Documents.Should().OnlyContain(d => d.Kind != DocumentKind.Memo && d.Number == null);
    }
}
