using System.Globalization;

namespace ThaiGovDocs;

/// <summary>
/// A letter's own date, which scans sometimes give only to the month: the day of a memo's date is handwritten, and when it is
/// unreadable the printed month and year are still worth keeping. <see cref="Day"/> is then null; no day is ever invented.
/// </summary>
public readonly record struct LetterDate
{
    /// <summary>A date in the Gregorian calendar, to the day or (with <paramref name="day"/> null) to the month.</summary>
    /// <param name="year">Gregorian year (1–9999).</param>
    /// <param name="month">Month, 1–12.</param>
    /// <param name="day">Day of the month, or null when it is unknown.</param>
    /// <param name="buddhistYear">The Buddhist-era year as printed.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day does not exist.</exception>
    public LetterDate(int year, int month, int? day, int buddhistYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month and year.");
        }

        (Year, Month, Day, BuddhistYear) = (year, month, day, buddhistYear);
    }

    /// <summary>Gregorian year.</summary>
    public int Year { get; }

    /// <summary>Month, 1–12.</summary>
    public int Month { get; }

    /// <summary>Day of the month, or null when the scan did not let it be read.</summary>
    public int? Day { get; }

    /// <summary>The Buddhist-era year as printed (2-digit years expanded).</summary>
    public int BuddhistYear { get; }

    /// <summary>Whether the day is known.</summary>
    public bool HasDay => Day is not null;

    /// <summary>A date known to the day.</summary>
    public static LetterDate FromDateOnly(DateOnly date, int buddhistYear) => new(date.Year, date.Month, date.Day, buddhistYear);

    /// <summary>The date, or null when the day is unknown.</summary>
    public DateOnly? ToDateOnly() => Day is { } day ? new DateOnly(Year, Month, day) : null;

    /// <summary>ISO 8601: <c>yyyy-MM-dd</c>, or the reduced precision <c>yyyy-MM</c> when the day is unknown.</summary>
    public string ToIsoString() => Day is { } day
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{day:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <inheritdoc />
    public override string ToString() => ToIsoString();
}
