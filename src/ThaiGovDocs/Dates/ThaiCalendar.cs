namespace ThaiGovDocs.Dates;

/// <summary>Buddhist-era ↔ Gregorian year arithmetic, including the pre-1941 April new year; no cultures involved.</summary>
public static class ThaiCalendar
{
    /// <summary>The first BE year that began on 1 January.</summary>
    public const int FirstJanuaryYear = 2484;

    /// <summary>The Gregorian year of month <paramref name="month"/> (1–12) in BE <paramref name="buddhistYear"/>.</summary>
    /// <remarks>Until BE 2483 the year began on 1 April, so January–March fall in the next Gregorian year (BE − 542).</remarks>
    public static int ToGregorianYear(int buddhistYear, int month) =>
        buddhistYear < FirstJanuaryYear && month <= 3 ? buddhistYear - 542 : buddhistYear - 543;

    /// <summary>The BE year of month <paramref name="month"/> (1–12) of Gregorian year <paramref name="gregorianYear"/>.</summary>
    public static int ToBuddhistYear(int gregorianYear, int month) =>
        gregorianYear <= 1940 && month <= 3 ? gregorianYear + 542 : gregorianYear + 543;

    /// <summary>The date, or null when the day does not exist in that month and year (or the year is out of range).</summary>
    public static DateOnly? TryCreate(int gregorianYear, int month, int day)
    {
        if (gregorianYear is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(gregorianYear, month))
        {
            return null;
        }

        return new DateOnly(gregorianYear, month, day);
    }
}
