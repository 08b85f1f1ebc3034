using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class AbbreviationMarksTests
{
    [Theory]
    [InlineData("รอง ผ้อ.ศศย.สปท. ทำการแทน", "รอง ผอ.ศศย.สปท. ทำการแทน")]
    [InlineData("ผ่อ.กกล.นซบ.ทหาร", "ผอ.กกล.นซบ.ทหาร")]
    [InlineData("หก.ก้ธก.ศซบ.ทหาร", "หก.กธก.ศซบ.ทหาร")]
    public void Clean_ToneMarkOnAbbreviation_IsDropped(string value, string expected) =>
        AbbreviationMarks.Clean(value).Should().Be(expected);

    [Theory]
    [InlineData("ผู้อำนวยการกองคลัง")]
    [InlineData("รอง ผอ.ศศย.สปท. ทำการแทน")]
    [InlineData("น้อง.")]
    [InlineData("หัวหน้าสำนักงาน")]
    [InlineData("ผู้ช่วยผู้ว่าราชการจังหวัด")]
    [InlineData("จ่า.")]
    public void Clean_WordsAndSoundAbbreviations_AreLeftAlone(string value) =>
        AbbreviationMarks.Clean(value).Should().BeSameAs(value);
}
