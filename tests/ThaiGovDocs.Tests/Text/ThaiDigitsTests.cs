using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public class ThaiDigitsTests
{
    [Theory]
    [InlineData('๐', true, 0)]
    [InlineData('๙', true, 9)]
    [InlineData('๕', true, 5)]
    [InlineData('0', false, 0)]
    [InlineData('7', false, 7)]
    [InlineData('a', false, -1)]
    [InlineData('ก', false, -1)]
    public void DigitValue_Character_ReturnsValue(char c, bool isThai, int value)
    {
        ThaiDigits.IsThaiDigit(c).Should().Be(isThai);
        ThaiDigits.IsDigit(c).Should().Be(value >= 0);
        ThaiDigits.DigitValue(c).Should().Be(value);
        ThaiDigits.Digits.Contains(c).Should().Be(value >= 0);
    }

    [Theory]
    [InlineData("๒๕๖๖", "2566")]
    [InlineData("ที่ กห ๐๓๐๑/๒๖๐", "ที่ กห 0301/260")]
    [InlineData("abc 123", "abc 123")]
    [InlineData("", "")]
    public void ToAscii_Text_ReplacesThaiDigitsOnly(string input, string expected)
    {
        ThaiDigits.ToAscii(input).Should().Be(expected);
        Span<char> buffer = stackalloc char[input.Length];
        ThaiDigits.ToAscii(input, buffer).Should().Be(input.Length);
        buffer.ToString().Should().Be(expected);
    }

    [Fact]
    public void ToAscii_ShortDestination_Throws()
    {
        var act = () => ThaiDigits.ToAscii("๑๒๓", new char[2]);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("2566", "๒๕๖๖")]
    [InlineData("เวลา 16.30 น.", "เวลา ๑๖.๓๐ น.")]
    [InlineData("๑๒", "๑๒")]
    public void ToThai_Text_ReplacesAsciiDigits(string input, string expected) =>
        ThaiDigits.ToThai(input).Should().Be(expected);

    [Theory]
    [InlineData("๒๕๖๖", true, 2566)]
    [InlineData("2566", true, 2566)]
    [InlineData("๒5๖6", true, 2566)]
    [InlineData("0", true, 0)]
    [InlineData("2147483647", true, int.MaxValue)]
    [InlineData("2147483648", false, 0)]
    [InlineData("99999999999", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("1 2", false, 0)]
    [InlineData("๑ก", false, 0)]
    public void TryParseInt32_Digits_ParsesOrFails(string input, bool ok, int value)
    {
        ThaiDigits.TryParseInt32(input, out int result).Should().Be(ok);
        result.Should().Be(value);
    }
}
