using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class DocumentNumberParserTests
{
    [Theory]
    [InlineData("มท ๐๘๑๐.๒/ว ๒๓๕๑", "มท", "กระทรวงมหาดไทย", "0810.2", true, 2351, null)]
    [InlineData("กห ๐๓๐๑.๑๐.๑/๒๖๐", "กห", "กระทรวงกลาโหม", "0301.10.1", false, 260, null)]
    [InlineData("ลป ๐๐๑๗.๒/ว ๑๗๙๗", "ลป", "จังหวัดลำปาง", "0017.2", true, 1797, null)]
    [InlineData("สข ๐๐๑๗.๓/ว ๒๕๖๗", "สข", "จังหวัดสงขลา", "0017.3", true, 2567, null)]
    [InlineData("กท ๐๔๐๑/๕๕", "กท", "กรุงเทพมหานคร", "0401", false, 55, null)]
    [InlineData("สศด.๐๓๐๑/ว ๐๓๓๓๗", "สศด", null, "0301", true, 3337, null)]
    [InlineData("กต ๑๓๐๕/ว ๕๓๒", "กต", "กระทรวงการต่างประเทศ", "1305", true, 532, null)]
    [InlineData("มท 0810.2/ว 2351", "มท", "กระทรวงมหาดไทย", "0810.2", true, 2351, null)]
    [InlineData("มท ๐๘๑๐.๒ / ว. ๒๓๕๑", "มท", "กระทรวงมหาดไทย", "0810.2", true, 2351, null)]
    [InlineData("ศธ ๐๒o๑/๑๒", "ศธ", "กระทรวงศึกษาธิการ", "0201", false, 12, null)]
    [InlineData("๑๑๓๙/๖๖", null, null, null, false, 1139, 2566)]
    [InlineData("๔๑๒/๒๕๖๗", null, null, null, false, 412, 2567)]
    [InlineData("aus. ๒๓๔ / ๒๕๖๒", "aus", null, null, false, 234, 2562)]
    public void TryParse_PrintedNumber_ReadsEveryPart(string text, string? prefix, string? prefixName, string? office, bool circular, int serial, int? year)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out int consumed).Should().BeTrue();

        number.Raw.Should().Be(text);
        consumed.Should().Be(text.Length);
        number.Prefix.Should().Be(prefix);
        number.PrefixName.Should().Be(prefixName);
        number.Office.Should().Be(office);
        number.Circular.Should().Be(circular);
        number.Serial.Should().Be(serial);
        number.Year.Should().Be(year);
    }

    // A certificate in Sarabun read from its image: OCR put a space after the office's dot.
    [Theory]
    [InlineData("ศธ 0520. 1/123", "0520.1", 123)]
    [InlineData("มท ๐๘๑๐. ๒/ว ๒๓๕๑", "0810.2", 2351)]
    public void TryParse_SpaceAfterTheOfficesDot_ReadsTheOfficeWhole(string text, string office, int serial)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _, out bool repaired).Should().BeTrue();

        number.Office.Should().Be(office);
        number.Serial.Should().Be(serial);
        repaired.Should().BeTrue();
    }

    // A Sarabun letter scanned at 200 dpi: noise above the digits read as a vowel on the code, the space lost.
    [Theory]
    [InlineData("นริ๐๕๐๕/ว ๒๒๑", "นร", "สำนักนายกรัฐมนตรี", "นร๐๕๐๕/ว ๒๒๑")]
    [InlineData("มท่ ๐๒๑๑.๓/ว ๔๕๖๗", "มท", "กระทรวงมหาดไทย", "มท ๐๒๑๑.๓/ว ๔๕๖๗")]
    [InlineData("ศีธี ๐๒๐๖.๓/ว ๑๒๓๔", "ศธ", "กระทรวงศึกษาธิการ", "ศธ ๐๒๐๖.๓/ว ๑๒๓๔")]
    [InlineData("ศ่ธ ๐๒๐๖.๓/ว ๑๒๓๔", "ศธ", "กระทรวงศึกษาธิการ", "ศธ ๐๒๐๖.๓/ว ๑๒๓๔")]
    public void TryParse_MarkOnAKnownCode_IsNoise(string text, string prefix, string prefixName, string raw)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _, out bool repaired).Should().BeTrue();

        (number.Prefix, number.PrefixName, number.Raw).Should().Be((prefix, prefixName, raw));
        repaired.Should().BeTrue();
    }

    // A rendered police letter in Laksaman: a speck over the circular's ว read as a vowel (วิ), its serial still to come.
    [Theory]
    [InlineData("ตร ๐๐๑๑.๒๓/วิ", null, "ตร ๐๐๑๑.๒๓/ว")]
    [InlineData("ตร ๐๐๑๑.๒๓/วิ ๑๒", 12, "ตร ๐๐๑๑.๒๓/ว ๑๒")]
    [InlineData("ตร ๐๐๑๑.๒๓/ว่ ๑๒", 12, "ตร ๐๐๑๑.๒๓/ว ๑๒")]
    [InlineData("ตร ๐๐๑๑.๒๓/ว ๑๒", 12, "ตร ๐๐๑๑.๒๓/ว ๑๒")]
    public void TryParse_MarkOnTheCircularMark_IsStillCircular(string text, int? serial, string raw)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _).Should().BeTrue();

        (number.Circular, number.Serial, number.Raw).Should().Be((true, serial, raw));
    }

    [Fact]
    public void TryParse_MarkOnAnUnknownCode_IsKept()
    {
        DocumentNumberParser.TryParse("ขึ้ ๑๒๓/๒๕๖๗", 0, out var number, out _).Should().BeTrue();

        number.Prefix.Should().Be("ขึ้");
    }

    // The raw number is the number as printed: the space is OCR's, the span still covers the text as read.
    [Theory]
    [InlineData("ศธ 0520. 1/123", "ศธ 0520.1/123")]
    [InlineData("มท ๐๘๑๐. ๒/ว ๒๓๕๑", "มท ๐๘๑๐.๒/ว ๒๓๕๑")]
    [InlineData("มท ๐๘๑๐.๒/ว ๒๓๕๑", "มท ๐๘๑๐.๒/ว ๒๓๕๑")]
    public void TryParse_SpaceAfterTheOfficesDot_RawIsAsPrinted(string text, string raw)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _).Should().BeTrue();

        number.Raw.Should().Be(raw);
        number.Span.Length.Should().Be(text.Length);
    }

    // A bundle's second letter in Laksaman, scanned at 200 dpi: the slash before ว was lost.
    [Theory]
    [InlineData("มท ๐๒๑๑.๓ว ๔๕๖๗", "0211.3", 4567)]
    [InlineData("มท ๐๒๑๑.๓ว๔๕๖๗", "0211.3", 4567)]
    public void TryParse_CircularWithoutItsSlash_ReadsTheSerial(string text, string office, int serial)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _, out bool repaired).Should().BeTrue();

        (number.Office, number.Circular, number.Serial, repaired).Should().Be((office, true, serial, true));
    }

    [Fact]
    public void TryParse_FullStopThenAFigure_EndsTheNumber()
    {
        DocumentNumberParser.TryParse("ศธ 0520. 1 ฉบับ", 0, out var number, out _).Should().BeTrue();

        number.Office.Should().Be("0520");
    }

    [Theory]
    [InlineData("ตร ๐๐๑๑.๒๓/๔๕๖๗", "สำนักงานตำรวจแห่งชาติ")]
    [InlineData("ตร ๐๕๑๗/๑๒", "จังหวัดตราด")]
    public void TryParse_TratOrPolice_DecidesByTheDigitsThatFollow(string text, string prefixName)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _).Should().BeTrue();

        number.PrefixName.Should().Be(prefixName);
    }

    [Fact]
    public void TryParse_SerialBrokenByOcr_KeepsThePrefixAndReportsNoSerial()
    {
        DocumentNumberParser.TryParse("สศด.๐๓๐๑ /๒.๐๓๓๗", 10, out var number, out int consumed).Should().BeTrue();

        number.Prefix.Should().Be("สศด");
        number.Serial.Should().BeNull();
        number.Confidence.Should().BeLessThan(1f);
        number.Span.Should().Be(new TextSpan(10, consumed));
    }

    [Theory]
    [InlineData("กห ๐๓๐๑,๑๐.๑/ ๒๖๐", "0301.10.1", 260)]
    [InlineData("กห ๐๓๐๑.๑๐,๑/๒๖๐", "0301.10.1", 260)]
    [InlineData("มท ๐๘๑๐,๒/ว ๒๓๕๑", "0810.2", 2351)]
    public void TryParse_CommaReadForADotInTheOffice_ReadsTheOfficeAndReportsTheRepair(string text, string office, int serial)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _, out bool repaired).Should().BeTrue();

        number.Office.Should().Be(office);
        number.Serial.Should().Be(serial);
        number.Confidence.Should().BeLessThan(1f);
        repaired.Should().BeTrue();
    }

    [Theory]
    [InlineData("กห ๐๓๐๑,/๒๖๐", "0301")]
    [InlineData("กห ๐๓๐๑, ๑๐/๒๖๐", "0301")]
    [InlineData("กห ๑,๒๓๔/๕", "1")]
    [InlineData("กห ๐๓๑ค.๑๐.๑/", "031")]
    public void TryParse_CommaOrLetterNotBetweenOfficeDigits_KeepsOnlyTheDigitsBeforeIt(string text, string office)
    {
        DocumentNumberParser.TryParse(text, 0, out var number, out _).Should().BeTrue();

        number.Office.Should().Be(office);
        number.Serial.Should().BeNull();
        number.Confidence.Should().BeLessThan(1f);
    }

    [Fact]
    public void TryParse_CleanNumber_ReportsNoRepair()
    {
        DocumentNumberParser.TryParse("กห ๐๓๐๑.๑๐.๑/๒๖๐", 0, out _, out _, out bool repaired).Should().BeTrue();

        repaired.Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("ปรึกษาอาวุโส")]
    [InlineData("ประชุมมีมติ")]
    [InlineData("/")]
    public void TryParse_NotANumber_ReturnsFalse(string text)
    {
        DocumentNumberParser.TryParse(text, 0, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void AgencyCodes_CoverAllProvincesAndMinistries()
    {
        AgencyCodes.Provinces.Should().HaveCount(77);
        AgencyCodes.Provinces.Values.Where(n => n != "กรุงเทพมหานคร").Should().OnlyContain(n => n.StartsWith("จังหวัด", StringComparison.Ordinal));
        AgencyCodes.Ministries.Should().ContainKeys("นร", "กห", "กค", "กต", "กก", "พม", "อว", "กษ", "คค", "ดศ", "ทส", "พน", "พณ", "มท", "ยธ", "รง", "วธ", "ศธ", "สธ", "อก");
        AgencyCodes.Provinces.Keys.Intersect(AgencyCodes.Ministries.Keys).Should().BeEmpty();
    }
}
