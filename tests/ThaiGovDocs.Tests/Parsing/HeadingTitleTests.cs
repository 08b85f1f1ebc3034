using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class HeadingTitleTests
{
    [Theory]
    [InlineData("สำนักงานปลัดกระทรวงการคลัง", "สำนักงานปลัดกระทรวงการคลัง")]
    [InlineData("กระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐", "กระทรวงการคลัง")]
    [InlineData("กระทรวงสาธารณสุข (ฉบับที่ ๔๔๘) พ.ศ. ๒๕๖๗", "กระทรวงสาธารณสุข")]
    [InlineData("คณะกรรมการการเลือกตั้ง พ.ศ. 2566", "คณะกรรมการการเลือกตั้ง")]
    [InlineData("กรมการปกครอง พ.ศ.๒๕๖๕", "กรมการปกครอง")]
    public void AgencyLength_HeadingValue_StopsBeforeMatterAmendmentOrYear(string value, string agency) =>
        value[..HeadingTitle.AgencyLength(value)].Should().Be(agency);

    [Theory]
    [InlineData("ว่าด้วยการใช้และรักษารถราชการ", "การใช้และรักษารถราชการ")]
    [InlineData("กระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐", "การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ")]
    [InlineData("ว่าด้วย การลา (ฉบับที่ ๒) พ.ศ. ๒๕๖๖", "การลา")]
    [InlineData("ว่าด้วยกองทุนสวัสดิการ พ.ศ. 2565", "กองทุนสวัสดิการ")]
    [InlineData("วาดวยการลา", "การลา")]
    [InlineData("ว่าดวยการใช้รถราชการ", "การใช้รถราชการ")]
    public void TryGetMatter_TitleWithAbout_GivesWhatFollows(string text, string matter)
    {
        HeadingTitle.TryGetMatter(text, out int start, out int length).Should().BeTrue();
        text.Substring(start, length).Should().Be(matter);
    }

    [Theory]
    [InlineData("สำนักงานปลัดกระทรวงการคลัง")]
    [InlineData("ว่าด้วย")]
    [InlineData("ว่าด้วย พ.ศ. ๒๕๖๖")]
    public void TryGetMatter_NoMatter_IsFalse(string text) =>
        HeadingTitle.TryGetMatter(text, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("พ.ศ. ๒๕๖๖", true)]
    [InlineData("(ฉบับที่ ๓)", true)]
    [InlineData("  ฉบับที่ 2  ", true)]
    [InlineData("ของสำนักงานปลัดกระทรวง", false)]
    public void IsClosingLine_Line_TellsTitleClosers(string line, bool closing) =>
        HeadingTitle.IsClosingLine(line).Should().Be(closing);
}
