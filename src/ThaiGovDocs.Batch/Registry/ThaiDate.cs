using System.Globalization;

namespace ThaiGovDocs.Batch.Registry;

/// <summary>Formats ISO dates as the register writes them: day, Thai month, Buddhist-era year.</summary>
internal static class ThaiDate
{
    private static readonly string[] Months =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public static string Format(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year + 543}")
            : "";
}
