using System.Globalization;

namespace ThaiGovDocs.Batch.Registry;

/// <summary>Formats ISO dates as the register writes them: day, Thai month, Buddhist-era year (month and year alone for the
/// contract's <c>yyyy-MM</c>, a date whose day was unreadable on the scan).</summary>
internal static class ThaiDate
{
    private static readonly string[] Months =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public static string Format(string? iso)
    {
        if (iso is null)
        {
            return "";
        }

        if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year + 543}");
        }

        return DateOnly.TryParseExact(iso, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? string.Create(CultureInfo.InvariantCulture, $"{Months[month.Month - 1]} {month.Year + 543}")
            : "";
    }
}
