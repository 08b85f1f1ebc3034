namespace ThaiGovDocs.Dates;

/// <summary>Turns a read <see cref="DateExpression"/> into Gregorian dates and at most one diagnostic.</summary>
internal static class DateResolver
{
    private const int MinPlausibleYear = 2400;
    private const int MaxPlausibleYear = 2700;

    public static ThaiDateMatch Resolve(in DateExpression date, TextSpan span, Diagnostic? note = null)
    {
        var problem = new ProblemNote(span, note);
        if (!date.HasYear)
        {
            // Check the day against a leap year: without a year ๒๙ กุมภาพันธ์ may exist.
            bool possible = ThaiCalendar.TryCreate(2000, date.Month, date.Day) is not null
                && (!date.IsRange || ThaiCalendar.TryCreate(2000, date.EndMonth, date.EndDay) is not null);
            problem.Add(possible ? DiagnosticCodes.DateWithoutYear : DiagnosticCodes.ImpossibleDate, DiagnosticSeverity.Warning,
                possible ? "The date has no year." : "The day does not exist in that month.");
            return new ThaiDateMatch(span, null, null, null, problem.Value);
        }

        int endYear = ToBuddhistYear(date.Year, date.EndMonth, ref problem);
        int startYear = date.HasStartYear ? ToBuddhistYear(date.StartYear, date.Month, ref problem)
            : date.IsRange && date.Month > date.EndMonth ? endYear - 1 // ๑ ธ.ค. – ๓๑ ม.ค. ๖๗ starts the year before
            : endYear;

        DateOnly? first = ThaiCalendar.TryCreate(ThaiCalendar.ToGregorianYear(startYear, date.Month), date.Month, date.Day);
        DateOnly? last = date.IsRange ? ThaiCalendar.TryCreate(ThaiCalendar.ToGregorianYear(endYear, date.EndMonth), date.EndMonth, date.EndDay) : null;
        if (first is null || (date.IsRange && last is null))
        {
            problem.Add(DiagnosticCodes.ImpossibleDate, DiagnosticSeverity.Warning, "The day does not exist in that month and year.");
        }

        if (startYear is < MinPlausibleYear or > MaxPlausibleYear || endYear is < MinPlausibleYear or > MaxPlausibleYear)
        {
            problem.Add(DiagnosticCodes.ImplausibleYear, DiagnosticSeverity.Warning, "The year is outside BE 2400–2700.");
        }

        return new ThaiDateMatch(span, first, startYear, last, problem.Value);
    }

    /// <summary>A month and year without a day: false when the year is implausible, for then nothing is clearly a date.</summary>
    public static bool TryResolveMonth(in DateExpression date, TextSpan span, TextSpan daySpan, out ThaiMonthMatch match)
    {
        var ignored = new ProblemNote(span, null);
        int buddhistYear = ToBuddhistYear(date.Year, date.Month, ref ignored);
        if (buddhistYear is < MinPlausibleYear or > MaxPlausibleYear)
        {
            match = default;
            return false;
        }

        var day = new Diagnostic(DiagnosticCodes.DayMissing, DiagnosticSeverity.Warning, daySpan,
            "The day of the date is missing or unreadable; only the month and year were read.");
        match = new ThaiMonthMatch(span, new LetterDate(ThaiCalendar.ToGregorianYear(buddhistYear, date.Month), date.Month, null, buddhistYear), day);
        return true;
    }

    private static int ToBuddhistYear(in WrittenYear year, int month, ref ProblemNote problem)
    {
        if (year.Gregorian)
        {
            return ThaiCalendar.ToBuddhistYear(year.DigitCount == 2 ? 2000 + year.Value : year.Value, month);
        }

        if (year.DigitCount == 2)
        {
            return 2500 + year.Value;
        }

        if (!year.HasEra && year.Value is >= 1900 and <= 2100)
        {
            problem.Add(DiagnosticCodes.GregorianYearAssumed, DiagnosticSeverity.Info, "A year without era marker was read as Gregorian.");
            return ThaiCalendar.ToBuddhistYear(year.Value, month);
        }

        if (year.Value == ThaiCalendar.FirstJanuaryYear - 1 && month <= 3)
        {
            problem.Add(DiagnosticCodes.HistoricalYearBoundary, DiagnosticSeverity.Info, "BE 2483 ended in December 1940; January–March read as 1941.");
        }

        return year.Value;
    }

    /// <summary>Keeps the most severe diagnostic (the first of equal severity).</summary>
    private struct ProblemNote(TextSpan span, Diagnostic? initial)
    {
        public Diagnostic? Value = initial;

        public void Add(string code, DiagnosticSeverity severity, string message)
        {
            if (Value is null || severity > Value.Value.Severity)
            {
                Value = new Diagnostic(code, severity, span, message);
            }
        }
    }
}
