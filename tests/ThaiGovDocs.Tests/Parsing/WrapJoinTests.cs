using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class WrapJoinTests
{
    private const string Body = "๑. ตามอ้างถึง กำลังพลด้วยสายวิทยาการและเลขหมายความชำนาญการทหารของ บก.ทท.\n"
        + "๒. ขอให้ส่งแบบฟอร์ม ภายในวันที่ ๑๙ ม.ค. ๖๗ โดยจัดทำรายละเอียด\n";

    [Theory]
    [InlineData("จัดการกำลังพลด้วยสายวิทยาการและ", "เลขหมายความชำนาญการทหาร")]
    [InlineData("ด้วยสายวิทยาการ และ", "เลขหมายความชำนาญการทหาร")]
    public void WithoutSpace_WordsMeetingOnOneLineElsewhere_IsTrue(string before, string after) =>
        WrapJoin.WithoutSpace(Body, before, after).Should().BeTrue();

    [Theory]
    [InlineData("ขอให้ส่งแบบฟอร์ม", "ภายในวันที่ ๑๙ ม.ค. ๖๗")] // the body has them apart
    [InlineData("เรื่อง ขอความเห็นชอบ", "การลาออกจากราชการ")] // never together elsewhere
    [InlineData("บก.ทท.", "เพื่อดำเนินการ")] // a dot is no Thai letter
    [InlineData("สายวิทยาการ", "๑๙ ม.ค.")] // nor a digit
    public void WithoutSpace_NoEvidenceOrEvidenceOfASpace_IsFalse(string before, string after) =>
        WrapJoin.WithoutSpace(Body, before, after).Should().BeFalse();

    // A subject wrapped after its figure's slash (an external letter in Laksaman, read from the image).
    [Theory]
    [InlineData("ครั้งที่ ๑/", "๒๕๖๘")]
    [InlineData("ครั้งที่ 1/", "2568")]
    public void WithoutSpace_FigureBrokenAtItsSlash_IsTrue(string before, string after) =>
        WrapJoin.WithoutSpace(Body, before, after).Should().BeTrue();

    [Theory]
    [InlineData("และ/", "๒๕๖๘")] // no figure before the slash
    [InlineData("ครั้งที่ ๑/", "ปี ๒๕๖๘")]
    public void WithoutSpace_SlashNotInsideAFigure_IsFalse(string before, string after) =>
        WrapJoin.WithoutSpace(Body, before, after).Should().BeFalse();
}
