using System.Globalization;
using ThaiGovDocs.Dates;

namespace ThaiGovDocs.Tests.Dates;

public class ThaiDateParserTests
{
    [Theory]
    [InlineData("๒ มิถุนายน ๒๕๖๖", "2023-06-02", 2566)]
    [InlineData("31 พฤษภาคม 2562", "2019-05-31", 2562)]
    [InlineData("๓๑ พฤษภาคม พ.ศ. ๒๕๖๗", "2024-05-31", 2567)]
    [InlineData("๓๑ พฤษภาคม พ.ศ ๒๕๖๗", "2024-05-31", 2567)]
    [InlineData("๓๑ พฤษภาคม พศ. ๒๕๖๗", "2024-05-31", 2567)]
    [InlineData("๑๖ พฤษภาคม ๒๕๖๖", "2023-05-16", 2566)]
    [InlineData("๑๖พฤษภาคม๒๕๖๖", "2023-05-16", 2566)]
    [InlineData("๑๖   พฤษภาคม    ๒๕๖๖", "2023-05-16", 2566)]
    [InlineData("๑ มกราคม ๒๕๖๗", "2024-01-01", 2567)]
    [InlineData("๒๙ กุมภาพันธ์ ๒๕๖๗", "2024-02-29", 2567)]
    [InlineData("๒๘ กุมภาพันธ ๒๕๖๖", "2023-02-28", 2566)]
    [InlineData("๕ มีนาคม ๒๕๖๗", "2024-03-05", 2567)]
    [InlineData("26 เมษายน 2566", "2023-04-26", 2566)]
    [InlineData("๑๐ มิถุนายน ๒๕๖๗", "2024-06-10", 2567)]
    [InlineData("๑๐ มถุนายน ๒๕๖๗", "2024-06-10", 2567)]
    [InlineData("๒๖ กรกฎาคม ๒๕๖๒", "2019-07-26", 2562)]
    [InlineData("31 สิงหาคม 2566", "2023-08-31", 2566)]
    [InlineData("8 กันยายน 2566", "2023-09-08", 2566)]
    [InlineData("๑๕ ตุลาคม ๒๕๖๐", "2017-10-15", 2560)]
    [InlineData("๓๐ พฤศจิกายน ๒๕๖๕", "2022-11-30", 2565)]
    [InlineData("๒๕ ธันวาคม ๒๕๖๖", "2023-12-25", 2566)]
    [InlineData("๓ พ.ค. ๖๗", "2024-05-03", 2567)]
    [InlineData("22 มี.ค. 2567", "2024-03-22", 2567)]
    [InlineData("๑๔ ธ.ค. ๖๖", "2023-12-14", 2566)]
    [InlineData("๓ พ.ค ๖๗", "2024-05-03", 2567)]
    [InlineData("๓ พ.ค.. ๖๗", "2024-05-03", 2567)]
    [InlineData("๓ พ. ค. ๖๗", "2024-05-03", 2567)]
    [InlineData("๕ มี.ค ๖๘", "2025-03-05", 2568)]
    [InlineData("๕ มค. ๖๘", "2025-01-05", 2568)]
    [InlineData("๕ ม.ค. ๖๘", "2025-01-05", 2568)]
    [InlineData("๕ ก.พ. ๖๘", "2025-02-05", 2568)]
    [InlineData("๕ เม.ย. ๖๘", "2025-04-05", 2568)]
    [InlineData("21 มิ.ย. 2567", "2024-06-21", 2567)]
    [InlineData("๕ ก.ค. ๖๘", "2025-07-05", 2568)]
    [InlineData("๕ ส.ค. ๖๘", "2025-08-05", 2568)]
    [InlineData("๕ ก.ย. ๖๘", "2025-09-05", 2568)]
    [InlineData("๕ ต.ค. ๖๘", "2025-10-05", 2568)]
    [InlineData("๕ พ.ย. ๖๘", "2025-11-05", 2568)]
    [InlineData("๕ พ.ค.๖๘", "2025-05-05", 2568)]
    [InlineData("๑๔ ธี.ค. ๖๖", "2023-12-14", 2566)]
    [InlineData("15 เดือน พฤษภาคม พ.ศ. 2567", "2024-05-15", 2567)]
    [InlineData("๑๕ เดือนพฤษภาคม ๒๕๖๗", "2024-05-15", 2567)]
    [InlineData("๕ ก่.พ. ๖๘", "2025-02-05", 2568)]
    [InlineData("๕ มี.ค. ๖๘", "2025-03-05", 2568)]
    [InlineData("๕ มิ.ย. ๖๘", "2025-06-05", 2568)]
    [InlineData("๑๗/๐๕/๒๕๖๘", "2025-05-17", 2568)]
    [InlineData("17/05/2568", "2025-05-17", 2568)]
    [InlineData("1/4/67", "2024-04-01", 2567)]
    [InlineData("๑ เม.ย. ค.ศ. 2024", "2024-04-01", 2567)]
    [InlineData("1 เมษายน ค.ศ. 2024", "2024-04-01", 2567)]
    public void TryParse_DateForms_ReadsDate(string text, string expected, int buddhistYear)
    {
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        match.BuddhistYear.Should().Be(buddhistYear);
        match.RangeEnd.Should().BeNull();
        match.Span.Start.Should().Be(0);
        match.Span.End.Should().Be(text.Length);
    }

    [Theory]
    [InlineData("วันที่ ๓ พ.ค. ๖๗", "2024-05-03")]
    [InlineData("ลงวันที่ ๒๕ พฤษภาคม ๒๕๖๖", "2023-05-25")]
    [InlineData("ลง ๑๔ ธ.ค. ๖๖", "2023-12-14")]
    [InlineData("ณ วันที่ 15 เดือน พฤษภาคม พ.ศ. 2567", "2024-05-15")]
    [InlineData("ณ วันที่ ๓๑ พฤษภาคม พ.ศ. ๒๕๖๗", "2024-05-31")]
    [InlineData("เมื่อวันที่ 26 เมษายน 2566", "2023-04-26")]
    [InlineData("วันอังคารที่ ๑๓ มิถุนายน ๒๕๖๖", "2023-06-13")]
    [InlineData("วันอังคาร ที่ ๑๓ มิถุนายน ๒๕๖๖", "2023-06-13")]
    [InlineData("วันจันทร์ที่ ๑๒ มิถุนายน ๒๕๖๖", "2023-06-12")]
    [InlineData("วันพฤหัสบดีที่ ๑๕ มิถุนายน ๒๕๖๖", "2023-06-15")]
    [InlineData("วันศุกร์ที่ ๑๖ มิถุนายน ๒๕๖๖", "2023-06-16")]
    [InlineData("วันที่ - 1 เม.ย. 2567", "2024-04-01")]
    [InlineData("วันที่... ๓๐ พ.ค. ๒๕๖๖", "2023-05-30")]
    [InlineData("  - วันที่ ๙ พ.ค. ๖๗", "2024-05-09")]
    [InlineData("\n\t. ๙ พ.ค. ๖๗", "2024-05-09")]
    [InlineData("วนที่ ๙ พ.ค. ๖๗", "2024-05-09")]
    public void TryParse_LabelsAndNoise_AreSkipped(string text, string expected)
    {
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        match.Span.End.Should().Be(text.Length);
        match.Problem.Should().BeNull();
    }

    [Fact]
    public void TryParse_SpeckReadAsADigitFarLeftOfTheDate_ReadsTheDate()
    {
        // A right-aligned date line of a scan, with a speck at the left margin read as ๖.
        const string text = "๖                           ๑๘ มีนาคม ๒๕๖๗";
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().Be(new DateOnly(2024, 3, 18));
        match.Problem!.Value.Code.Should().Be(DiagnosticCodes.StrayDateNumber);
    }

    [Fact]
    public void TryParse_StrayNumberBeforeDay_TakesNumberNextToMonth()
    {
        const string text = "วันที่ ๒๕ ๓ พ.ค. ๒๕๖๖";
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().Be(new DateOnly(2023, 5, 3));
        match.Span.Start.Should().Be(text.IndexOf('๓', StringComparison.Ordinal));
        match.Problem!.Value.Code.Should().Be(DiagnosticCodes.StrayDateNumber);
        match.Problem!.Value.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("๑๕ มิถุนายน – ๑๕ สิงหาคม ๒๕๖๖", "2023-06-15", "2023-08-15")]
    [InlineData("15 มิถุนายน – 15 สิงหาคม 2566", "2023-06-15", "2023-08-15")]
    [InlineData("๒๗-๒๙ มี.ค. ๖๗", "2024-03-27", "2024-03-29")]
    [InlineData("๒๗ - ๒๙ มีนาคม ๒๕๖๗", "2024-03-27", "2024-03-29")]
    [InlineData("๑ เมษายน - ๒๘ มิถุนายน ๒๕๖๗", "2024-04-01", "2024-06-28")]
    [InlineData("๑ กรกฎาคม — ๒๖ กรกฎาคม ๒๕๖๒", "2019-07-01", "2019-07-26")]
    [InlineData("๑ เมษายน ถึง ๒๘ มิถุนายน ๒๕๖๗", "2024-04-01", "2024-06-28")]
    [InlineData("๑ เมษายน ถึงวันที่ ๒๘ มิถุนายน ๒๕๖๗", "2024-04-01", "2024-06-28")]
    [InlineData("๑ ธ.ค. - ๓๑ ม.ค. ๖๗", "2023-12-01", "2024-01-31")]
    [InlineData("๑ ธันวาคม ๒๕๖๖ - ๓๑ มกราคม ๒๕๖๗", "2023-12-01", "2024-01-31")]
    public void TryParse_Ranges_ReadsBothEnds(string text, string first, string last)
    {
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().Be(DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        match.RangeEnd.Should().Be(DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        match.Span.End.Should().Be(text.Length);
        match.Problem.Should().BeNull();
    }

    [Theory]
    [InlineData("๓๑ กุมภาพันธ์ ๒๕๖๖", DiagnosticCodes.ImpossibleDate)]
    [InlineData("๒๙ กุมภาพันธ์ ๒๕๖๖", DiagnosticCodes.ImpossibleDate)]
    [InlineData("๓๑ เมษายน ๒๕๖๖", DiagnosticCodes.ImpossibleDate)]
    [InlineData("๐ มีนาคม ๒๕๖๖", DiagnosticCodes.ImpossibleDate)]
    [InlineData("๐ มีนาคม", DiagnosticCodes.ImpossibleDate)]
    [InlineData("๔๕ มีนาคม ๒๕๖๖", DiagnosticCodes.ImpossibleDate)]
    [InlineData("31/02/2567", DiagnosticCodes.ImpossibleDate)]
    [InlineData("๑๕ มิถุนายน", DiagnosticCodes.DateWithoutYear)]
    [InlineData("๑๕ มิ.ย.", DiagnosticCodes.DateWithoutYear)]
    public void TryParse_ImpossibleOrIncomplete_MatchesWithProblemAndNoDate(string text, string code)
    {
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().BeNull();
        match.Problem.Should().NotBeNull();
        match.Problem!.Value.Code.Should().Be(code);
        match.Problem!.Value.Severity.Should().Be(DiagnosticSeverity.Warning);
        match.Problem!.Value.Span.Should().Be(match.Span);
    }

    [Theory]
    [InlineData("๑ มกราคม ๒๓๐๐")]
    [InlineData("๑ มกราคม ๒๘๐๐")]
    [InlineData("๑ มกราคม พ.ศ. ๒๐๒๔")]
    public void TryParse_ImplausibleYear_ReportsProblem(string text)
    {
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Problem!.Value.Code.Should().Be(DiagnosticCodes.ImplausibleYear);
    }

    [Theory]
    [InlineData("๑ มกราคม 2024", "2024-01-01", 2567)]
    [InlineData("15 May 2024", null, null)]
    [InlineData("๑๕ พฤษภาคม 1999", "1999-05-15", 2542)]
    [InlineData("17/05/2024", "2024-05-17", 2567)]
    public void TryParse_PlainGregorianLookingYear_IsGregorianWithInfo(string text, string? expected, int? buddhistYear)
    {
        bool found = ThaiDateParser.TryParse(text, out ThaiDateMatch match);
        found.Should().Be(expected is not null);
        if (expected is null)
        {
            return;
        }

        match.Date.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        match.BuddhistYear.Should().Be(buddhistYear);
        match.Problem!.Value.Code.Should().Be(DiagnosticCodes.GregorianYearAssumed);
        match.Problem!.Value.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("๑ มกราคม ๒๔๘๒", "1940-01-01", null)]
    [InlineData("๓๑ มีนาคม ๒๔๘๒", "1940-03-31", null)]
    [InlineData("๑ เมษายน ๒๔๘๒", "1939-04-01", null)]
    [InlineData("๓๑ ธันวาคม ๒๔๘๒", "1939-12-31", null)]
    [InlineData("๑ เมษายน ๒๔๘๓", "1940-04-01", null)]
    [InlineData("๓๑ ธันวาคม ๒๔๘๓", "1940-12-31", null)]
    [InlineData("๑ มกราคม ๒๔๘๓", "1941-01-01", DiagnosticCodes.HistoricalYearBoundary)]
    [InlineData("๑ มกราคม ๒๔๘๔", "1941-01-01", null)]
    [InlineData("๑ เมษายน ๒๔๘๔", "1941-04-01", null)]
    [InlineData("๑ มกราคม ๒๔๕๖", "1914-01-01", null)]
    [InlineData("๑๔ กุมภาพันธ์ ๒๔๗๙", "1937-02-14", null)]
    public void TryParse_BeforeBE2484_YearBeganInApril(string text, string expected, string? code)
    {
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        (match.Problem?.Code).Should().Be(code);
        if (code is null)
        {
            match.Problem.Should().BeNull();
        }
    }

    // Laksaman's ธ read as จ in rendered letters: a full month name with one letter misread, between a day and a year.
    [Theory]
    [InlineData("๒๘ จันวาคม ๒๕๖๗", "2024-12-28")]
    [InlineData("๒๘ จั้นวาคม ๒๕๖๗", "2024-12-28")]
    [InlineData("๑๒ มกราศม ๒๕๖๘", "2025-01-12")]
    [InlineData("๓ พฤษกาคม 2568", "2025-05-03")]
    [InlineData("๒๘ ธั้นวาคม ๒๕๖๗", "2024-12-28")] // a Sarabun scan: a tone mark from noise, no letter misread
    public void TryParse_FullMonthWithOneLetterMisread_ReadsDate(string text, string expected)
    {
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeTrue();
        match.Date.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        match.Span.End.Should().Be(text.Length);
    }

    [Theory]
    [InlineData("๒๘ จันวาคม")] // no year: too little to go on
    [InlineData("๕ ถนนวาคม ๒๕๖๗")] // two letters off
    [InlineData("๒๘ ธั้นว้าคม ๒๕๖๗")] // two marks added
    [InlineData("๕ จันวาคมมา ๒๕๖๗")] // runs on into a longer word
    public void TryParse_WordsNearAMonth_AreNoDate(string text) =>
        ThaiDateParser.TryParse(text, out ThaiDateMatch match).Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("เรื่อง ขอเชิญ")]
    [InlineData("ที่ กห ๐๓๐๑.๑๐.๑/๒๖๐")]
    [InlineData("ครั้งที่ ๒/๒๕๖๗")]
    [InlineData("๑๒ กพ.ทหาร")]
    [InlineData("๑๒๓ มีนาคม ๒๕๖๗")]
    [InlineData("๑-๒ ท่าน")]
    [InlineData("1/13/67")]
    public void TryParse_NotADate_ReturnsFalse(string text) =>
        ThaiDateParser.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("ที่ กห ๐๓๐๑.๑๐.๑/๒๖๐\nวันที่ ๓ พ.ค. ๖๗\nเรื่อง", "๓ พ.ค. ๖๗", "2024-05-03")]
    [InlineData("คำสั่ง บก.ทท. (เฉพาะ) ที่ ๑๑๓๙/๖๖ ลง ๑๔ ธ.ค. ๖๖", "๑๔ ธ.ค. ๖๖", "2023-12-14")]
    [InlineData("ครั้งที่ ๒/๒๕๖๗ เรื่อง ลงวันที่ ๓๑ พฤษภาคม ๒๕๖๗ จำนวน ๑ ชุด", "๓๑ พฤษภาคม ๒๕๖๗", "2024-05-31")]
    [InlineData("จำนวน ๑-๒ ท่าน ระหว่างวันที่ ๑ เมษายน - ๒๘ มิถุนายน ๒๕๖๗", "๑ เมษายน - ๒๘ มิถุนายน ๒๕๖๗", "2024-04-01")]
    [InlineData("ฝ่ายนิติการ วันที่ 21 มิ.ย. 2567", "21 มิ.ย. 2567", "2024-06-21")]
    [InlineData("วันที่ ๒๕ ๓ พ.ค. ๒๕๖๖", "๓ พ.ค. ๒๕๖๖", "2023-05-03")]
    [InlineData("1. ชี้แจง\t13 มิถุนายน 2566 เวลา 13.30 – 14.30 น.", "13 มิถุนายน 2566", "2023-06-13")]
    [InlineData("รับเรื่อง 17/05/2568 10:37:26", "17/05/2568", "2025-05-17")]
    [InlineData("ราชกํา ๑๖ พฤษภาคม ๒๕๖๖", "๑๖ พฤษภาคม ๒๕๖๖", "2023-05-16")]
    public void TryFind_DateInsideText_FindsFirst(string text, string expectedText, string expected)
    {
        ThaiDateParser.TryFind(text, out ThaiDateMatch match).Should().BeTrue();
        text.Substring(match.Span.Start, match.Span.Length).Should().Be(expectedText);
        match.Date.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ไม่มีวันที่ในข้อความนี้ ที่ มท ๐๘๑๐.๒/ว ๒๓๔๑ โทร. ๐ ๒๕๗๕ ๖๐๗๑")]
    public void TryFind_NoDate_ReturnsFalse(string text) =>
        ThaiDateParser.TryFind(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("เวลา ๑๖.๓๐ น.", "๑๖.๓๐ น.", 16, 30, 0, false)]
    [InlineData("เวลา ๑๖.๓๐", "๑๖.๓๐", 16, 30, 0, false)]
    [InlineData("๑๖.๓๐", "๑๖.๓๐", 16, 30, 0, false)]
    [InlineData("13.30 น.", "13.30 น.", 13, 30, 0, false)]
    [InlineData("10:37:26", "10:37:26", 10, 37, 26, true)]
    [InlineData("๑๐:๓๗:๒๖", "๑๐:๓๗:๒๖", 10, 37, 26, true)]
    [InlineData("19.20.16", "19.20.16", 19, 20, 16, true)]
    [InlineData("9.05 น", "9.05 น", 9, 5, 0, false)]
    [InlineData("ราคา ๑๒.๕๐ บาท เวลา ๐๘.๓๐ น.", "๐๘.๓๐ น.", 8, 30, 0, false)]
    [InlineData("ข้อ ๒.๑ ผลงาน ๓.๒๕ คะแนน เวลา ๐๙.๐๐ น.", "๐๙.๐๐ น.", 9, 0, 0, false)]
    [InlineData("25.70 น. และ 23.59 น.", "23.59 น.", 23, 59, 0, false)]
    [InlineData("13 มิถุนายน 2566 เวลา 13.30 – 14.30 น.", "13.30", 13, 30, 0, false)]
    [InlineData("๑๐ ๓๗:๒๖", "๑๐ ๓๗:๒๖", 10, 37, 26, true)]
    [InlineData("เวลา 9 05:00", "9 05:00", 9, 5, 0, true)]
    [InlineData("เวลา ๐๘:๔๕.๑๐", "๐๘:๔๕.๑๐", 8, 45, 10, true)] // a stamp's second colon read as a full stop
    [InlineData("๑๐.๓๗:๒๖", "๑๐.๓๗:๒๖", 10, 37, 26, true)]
    public void TryFindTime_TimeForms_ReadsTime(string text, string expectedText, int hour, int minute, int second, bool hasSeconds)
    {
        ThaiDateParser.TryFindTime(text, out ThaiTimeMatch match).Should().BeTrue();
        text.Substring(match.Span.Start, match.Span.Length).Should().Be(expectedText);
        match.Time.Should().Be(new TimeOnly(hour, minute, second));
        match.HasSeconds.Should().Be(hasSeconds);
    }

    [Theory]
    [InlineData("25.70 น.")]
    [InlineData("๒๔.๐๐ น.")]
    [InlineData("ที่ กห ๐๓๐๑.๑๐.๑/๒๖๐")]
    [InlineData("ราคา ๑๒.๕๐ บาท")]
    [InlineData("๑.๑๐.๒")]
    [InlineData("ข้อ ๑๒ ๓๔")]
    [InlineData("๒๕ ๓๗:๒๖")]
    [InlineData("๑๒๓ ๔๕:๕๐")]
    [InlineData("")]
    public void TryFindTime_NoValidTime_ReturnsFalse(string text) =>
        ThaiDateParser.TryFindTime(text, out _).Should().BeFalse();

    public static TheoryData<string> CultureCases() =>
    [
        "๒ มิถุนายน ๒๕๖๖", "วันอังคารที่ ๑๓ มิถุนายน ๒๕๖๖", "๓ พ.ค. ๖๗", "๑๗/๐๕/๒๕๖๘", "1/4/67",
        "๑ มกราคม ๒๔๘๒", "๑๕ มิถุนายน – ๑๕ สิงหาคม ๒๕๖๖", "๓๑ กุมภาพันธ์ ๒๕๖๖", "๑ มกราคม 2024", "เวลา ๑๖.๓๐ น.", "10:37:26",
    ];

    [Theory]
    [MemberData(nameof(CultureCases))]
    public void TryParse_UnderThaiBuddhistCulture_SameAsInvariant(string text)
    {
        var (invariantDate, invariantTime, invariantDigits) = Run(CultureInfo.InvariantCulture, text);
        var (thaiDate, thaiTime, thaiDigits) = Run(new CultureInfo("th-TH"), text);
        thaiDate.Should().Be(invariantDate);
        thaiTime.Should().Be(invariantTime);
        thaiDigits.Should().Be(invariantDigits);
    }

    private static (ThaiDateMatch Date, ThaiTimeMatch Time, string Digits) Run(CultureInfo culture, string text)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            _ = ThaiDateParser.TryParse(text, out ThaiDateMatch date);
            _ = ThaiDateParser.TryFindTime(text, out ThaiTimeMatch time);
            _ = ThaiGovDocs.Text.ThaiDigits.TryParseInt32("๒๕๖๖", out int year);
            return (date, time, ThaiGovDocs.Text.ThaiDigits.ToAscii(text) + year.ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Fact]
    public void TryFind_OneMegabyteOfNoise_FindsDatesWithoutAllocating()
    {
        var random = new Random(42);
        const string alphabet = "กขคมพยส.ค ๑๒๓๔๕๖๗๘๙0123456789-/–มี.ค";
        char[] chars = new char[1 << 20];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        string digitsOnly = new('๑', 1 << 20);
        string spaced = string.Concat(Enumerable.Repeat("๑ - ", 1 << 18));
        _ = ThaiDateParser.TryFind(chars, out _);

        // Speed is measured by the benchmarks, not here; this checks results and allocations only.
        long before = GC.GetAllocatedBytesForCurrentThread();
        int found = 0;
        for (int position = 0; position < chars.Length && ThaiDateParser.TryFind(chars.AsSpan(position), out ThaiDateMatch match);)
        {
            found++;
            position += match.Span.End;
        }

        bool anyInDigits = ThaiDateParser.TryFind(digitsOnly, out _);
        bool anyInSpaced = ThaiDateParser.TryFind(spaced, out _);
        bool anyTime = ThaiDateParser.TryFindTime(spaced, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        found.Should().BeGreaterThan(0);
        anyInDigits.Should().BeFalse();
        anyInSpaced.Should().BeFalse();
        anyTime.Should().BeFalse();
        allocated.Should().Be(0);
    }

    [Fact]
    public void TryParse_Success_AllocatesNothing()
    {
        const string text = "วันอังคารที่ ๑๕ มิถุนายน – ๑๕ สิงหาคม ๒๕๖๖";
        _ = ThaiDateParser.TryParse(text, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            _ = ThaiDateParser.TryParse(text, out _);
            _ = ThaiDateParser.TryFind(text, out _);
            _ = ThaiDateParser.TryFindTime("เวลา ๑๖.๓๐ น.", out _);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Theory]
    [InlineData("วันที่      พ.ค. ๖๘.", "พ.ค. ๖๘", 2025, 5, 2568)]
    [InlineData(". ...วันที่      \"      พ.ค. ๖๘.", "พ.ค. ๖๘", 2025, 5, 2568)]
    [InlineData("วันที่้     พ.ค. ๖๘.", "พ.ค. ๖๘", 2025, 5, 2568)]
    [InlineData("วันที่      ย    ม.ค.๖๗", "ม.ค.๖๗", 2024, 1, 2567)]
    [InlineData("วันที่ - - พฤษภาคม ๒๕๖๘", "พฤษภาคม ๒๕๖๘", 2025, 5, 2568)]
    [InlineData("      พ.ค. ๖๗", "พ.ค. ๖๗", 2024, 5, 2567)]
    public void TryParseMonthAndYear_DayMissingOrUnreadable_ReadsMonthAndYearOnly(string text, string read, int year, int month, int buddhistYear)
    {
        ThaiDateParser.TryParseMonthAndYear(text, out ThaiMonthMatch match).Should().BeTrue();

        match.Date.Year.Should().Be(year);
        match.Date.Month.Should().Be(month);
        match.Date.Day.Should().BeNull();
        match.Date.BuddhistYear.Should().Be(buddhistYear);
        match.Problem.Code.Should().Be(DiagnosticCodes.DayMissing);
        match.Problem.Severity.Should().Be(DiagnosticSeverity.Warning);
        text[match.Span.Start..match.Span.End].Should().Be(read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("วันที่ ๓ พ.ค. ๖๘")]
    [InlineData("วันที่ ๑๒๓ พ.ค. ๖๘")]
    [InlineData("วันที่ พ.ค.")]
    [InlineData("วันที่ พ.ค. ๑๒๓")]
    [InlineData("วันที่        : มิศ ๖๗")]
    [InlineData("วันที่ ติดต่อกันมา พ.ค. ๖๘")]
    [InlineData("วันที่ พ.ค. 1")]
    [InlineData("วันที่ พ.ค. ๖๘.๕")]
    public void TryParseMonthAndYear_DayPresentOrNoClearMonthAndYear_ReturnsFalse(string text)
    {
        ThaiDateParser.TryParseMonthAndYear(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseMonthAndYear_AllocatesNothing()
    {
        const string text = ". ...วันที่      \"      พ.ค. ๖๘.";
        _ = ThaiDateParser.TryParseMonthAndYear(text, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            _ = ThaiDateParser.TryParseMonthAndYear(text, out _);
            _ = ThaiDateParser.TryParseMonthAndYear("วันที่ ติดต่อกันมา พ.ค. ๖๘", out _);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
