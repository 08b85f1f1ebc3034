using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class PhoneNumberReaderTests
{
    private static (List<string> Phones, List<string> Faxes) Read(string text, PhoneNumberReader.Target target = PhoneNumberReader.Target.Phone)
    {
        var phones = new List<PhoneNumber>();
        var faxes = new List<PhoneNumber>();
        PhoneNumberReader.ReadAll(text, 0, target, phones, faxes);
        static string Show(PhoneNumber p) => p.Extension is null ? p.Number : $"{p.Number} ext {p.Extension}";
        return (phones.Select(Show).ToList(), faxes.Select(Show).ToList());
    }

    [Theory]
    [InlineData("๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๒๑๒", "022419000 ext 2212")]
    [InlineData("๐ ๗๔๓๑ ๖๔๗๙", "074316479")]
    [InlineData("๐๖ ๒๕๖๒ ๙๙๒๙ (บุษยมาส)", "0625629929")]
    [InlineData("๐๘๙ ๙๗๓ ๔๘๐๓", "0899734803")]
    [InlineData("๐๔๕๓๔ ๔๕๘๘", "045344588")]
    [InlineData("02-205-1234", "022051234")]
    [InlineData("0 20 262 333 Ext. 5103", "020262333 ext 5103")]
    [InlineData("(+๘๒) ๒ ๗๒๐ ๒๙๓๑", "+8227202931")]
    [InlineData("ทหาร ๕๗๒๑๗๔๗", "5721747")]
    [InlineData("๐ ๒๒๘๘ ๕๘๗๐-๓ ต่อ ๑๒๓", "022885870 ext 123")]
    [InlineData("0 2281 5870 - 73 ต่อ 4412", "022815870 ext 4412")]
    [InlineData("๐ ๒๒๘๘ ๕๘๗๐–๓", "022885870")]
    [InlineData("๐ ๒๒๘๘ ๕๘๗๐-๓ ตี่อ ๑๒๓", "022885870 ext 123")] // a scan's stray vowel in ต่อ
    [InlineData("๐ ๒๒๘๘ ๕๘๗๐ ตอ ๑๒๓", "022885870 ext 123")] // its tone mark lost
    [InlineData("๐ ๒๒๘๘ ๕๘๗๐\u00A0-\u00A0๓ ต่อ ๑๒๓", "022885870 ext 123")] // a PDF text layer's no-break spaces around the dash
    public void ReadAll_PrintedNumber_IsNormalisedToAsciiDigits(string text, string expected)
    {
        Read(text).Phones.Should().Equal(expected);
    }

    [Fact]
    public void ReadAll_TwoNumbersJoinedByOr_ReadsBoth()
    {
        Read("๐๘ ๖๓๔๐ ๒๒๕๘ หรือ ๐๒ ๕๒๗ ๘๗๐๐").Phones.Should().Equal("0863402258", "025278700");
    }

    [Fact]
    public void ReadAll_FaxWordInsideAPhoneLine_SwitchesToFax()
    {
        var (phones, faxes) = Read("๐ ๗๔๓๑ ๖๔๗๙ โทรสาร ๐ ๗๔๓๑ ๖๔๘๐");

        phones.Should().Equal("074316479");
        faxes.Should().Equal("074316480");
    }

    [Fact]
    public void ReadAll_PhoneAndFaxLabel_AddsToBoth()
    {
        var (phones, faxes) = Read("๐ ๒๒๗๕ ๕๗๑๖", PhoneNumberReader.Target.Both);

        phones.Should().Equal("022755716");
        faxes.Should().Equal("022755716");
    }

    [Theory]
    [InlineData("๑๒")]
    [InlineData("ปี ๒๕๖๗")]
    [InlineData("")]
    public void ReadAll_NoPhoneNumber_FindsNothing(string text)
    {
        Read(text).Phones.Should().BeEmpty();
    }
}
