using ThaiGovDocs.Text;

namespace ThaiGovDocs.Dates;

/// <summary>Reads one date expression whose day starts at a given digit. Bounded look-ahead; no allocation.</summary>
internal static class DateReader
{
    /// <summary>Reads day month [year], day–day month [year], day month – day month [year],
    /// day month year – day month year, or d/m/y (when <paramref name="allowNumeric"/>).</summary>
    public static bool TryRead(ReadOnlySpan<char> text, int start, bool allowNumeric, out DateExpression date)
    {
        date = default;
        int i = DateTokens.ReadNumber(text, start, out int day, out int count);
        if (count is 0 or > 2)
        {
            return false;
        }

        date.Day = date.EndDay = day;
        if (i < text.Length && text[i] == '/')
        {
            return allowNumeric && TryReadNumeric(text, i, ref date);
        }

        int q = DateTokens.SkipGap(text, i);
        int separator = DateTokens.MatchRangeSeparator(text, q);
        if (separator > 0)
        {
            // ๒๗-๒๙ มี.ค. ๖๗: a day range inside one month.
            if (!TryReadDayMonth(text, DateTokens.SkipGap(text, q + separator), out date.EndDay, out date.Month, out int afterMonth))
            {
                return false;
            }

            date.EndMonth = date.Month;
            date.IsRange = true;
            ReadOptionalYear(text, afterMonth, ref date);
            return true;
        }

        q = SkipMonthWord(text, q);
        date.Month = ThaiMonths.Match(text[q..], out int length);
        if (date.Month == 0)
        {
            return TryReadMisreadMonthAndYear(text, q, ref date);
        }

        date.EndMonth = date.Month;
        int after = q + length;
        int s = DateTokens.SkipGap(text, after);
        separator = DateTokens.MatchRangeSeparator(text, s);
        if (separator > 0 && TryReadDayMonth(text, DateTokens.SkipGap(text, s + separator), out int endDay, out int endMonth, out int afterEnd))
        {
            // ๑๕ มิถุนายน – ๑๕ สิงหาคม ๒๕๖๖: the year is shared.
            (date.EndDay, date.EndMonth, date.IsRange) = (endDay, endMonth, true);
            ReadOptionalYear(text, afterEnd, ref date);
            return true;
        }

        ReadOptionalYear(text, after, ref date);
        if (date.HasYear)
        {
            TryExtendToFullRange(text, ref date);
        }

        return true;
    }

    /// <summary>After a day, a full month name with one letter misread (<see cref="ThaiMonths.MatchWithOneLetterMisread"/>), taken only
    /// with the year after it.</summary>
    private static bool TryReadMisreadMonthAndYear(ReadOnlySpan<char> text, int q, ref DateExpression date)
    {
        // A misread name is the whole Thai word at q (it matches Thai letters and marks only, and must not run on into
        // another), so the year must follow that word: looked for first, it spares the twelve tolerant comparisons for
        // every number followed by an ordinary word (๖ นาย, ๑. ด้วย), most of the calls.
        int wordEnd = q;
        while (wordEnd < text.Length && ThaiChars.IsThaiLetterOrMark(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == q || !TryReadYear(text, wordEnd, out _, out _))
        {
            return false;
        }

        date.Month = date.EndMonth = ThaiMonths.MatchWithOneLetterMisread(text[q..], out int length);
        if (date.Month == 0)
        {
            return false;
        }

        ReadOptionalYear(text, q + length, ref date);
        return date.HasYear;
    }

    /// <summary>A month then a year, with no day before it (<c>พ.ค. ๖๘</c>, <c>พฤษภาคม ๒๕๖๘</c>); false unless both are there.</summary>
    public static bool TryReadMonthAndYear(ReadOnlySpan<char> text, int start, out DateExpression date)
    {
        date = default;
        date.Month = date.EndMonth = ThaiMonths.Match(text[start..], out int length);
        if (date.Month == 0)
        {
            return false;
        }

        ReadOptionalYear(text, start + length, ref date);
        return date.HasYear;
    }

    /// <summary>๑ ธันวาคม ๒๕๖๖ – ๓๑ มกราคม ๒๕๖๗: a second complete date after a separator.</summary>
    private static void TryExtendToFullRange(ReadOnlySpan<char> text, ref DateExpression date)
    {
        int s = DateTokens.SkipGap(text, date.End);
        int separator = DateTokens.MatchRangeSeparator(text, s);
        if (separator == 0
            || !TryReadDayMonth(text, DateTokens.SkipGap(text, s + separator), out int endDay, out int endMonth, out int afterEnd)
            || !TryReadYear(text, afterEnd, out WrittenYear endYear, out int end))
        {
            return;
        }

        date.StartYear = date.Year;
        date.HasStartYear = true;
        (date.EndDay, date.EndMonth, date.Year, date.End, date.IsRange) = (endDay, endMonth, endYear, end, true);
    }

    private static bool TryReadDayMonth(ReadOnlySpan<char> text, int i, out int day, out int month, out int after)
    {
        month = 0;
        after = i;
        int end = DateTokens.ReadNumber(text, i, out day, out int count);
        if (count is 0 or > 2)
        {
            return false;
        }

        int q = SkipMonthWord(text, DateTokens.SkipGap(text, end));
        month = ThaiMonths.Match(text[q..], out int length);
        after = q + length;
        return month != 0;
    }

    /// <summary>
    /// Past the word <c>เดือน</c> ("month") that forms print before the month's name (<c>ให้ไว้ ณ วันที่ ๑๕ เดือน พฤษภาคม
    /// พ.ศ. ๒๕๖๗</c>, the certificate's date line).
    /// </summary>
    private static int SkipMonthWord(ReadOnlySpan<char> text, int i) =>
        text[i..].StartsWith(MonthWord, StringComparison.Ordinal) ? DateTokens.SkipGap(text, i + MonthWord.Length) : i;

    private const string MonthWord = "เดือน";

    private static void ReadOptionalYear(ReadOnlySpan<char> text, int afterMonth, ref DateExpression date)
    {
        date.HasYear = TryReadYear(text, afterMonth, out date.Year, out int end);
        date.End = date.HasYear ? end : afterMonth;
    }

    /// <summary>[พ.ศ.|ค.ศ.] then 2 or 4 digits that do not continue as a time or decimal.</summary>
    private static bool TryReadYear(ReadOnlySpan<char> text, int i, out WrittenYear year, out int end)
    {
        year = default;
        int j = DateTokens.SkipGap(text, i);
        int era = DateTokens.MatchEra(text, j, out year.Gregorian);
        if (era > 0)
        {
            year.HasEra = true;
            j = DateTokens.SkipGap(text, j + era);
        }

        end = DateTokens.ReadNumber(text, j, out year.Value, out year.DigitCount);
        return year.DigitCount is 2 or 4 && !DateTokens.ContinuesAsNumber(text, end);
    }

    /// <summary>d/m/y stamp dates: ๑๗/๐๕/๒๕๖๘, 1/4/67.</summary>
    private static bool TryReadNumeric(ReadOnlySpan<char> text, int slash, ref DateExpression date)
    {
        int i = DateTokens.ReadNumber(text, slash + 1, out int month, out int count);
        if (count is 0 or > 2 || i >= text.Length || text[i] != '/')
        {
            return false;
        }

        int end = DateTokens.ReadNumber(text, i + 1, out date.Year.Value, out date.Year.DigitCount);
        if (date.Year.DigitCount is not (2 or 4) || DateTokens.ContinuesAsNumber(text, end)
            || month is < 1 or > 12 || date.Day is < 1 or > 31)
        {
            return false;
        }

        (date.Month, date.EndMonth, date.HasYear, date.End) = (month, month, true, end);
        return true;
    }

    /// <summary>Whether a numeric date may start at <paramref name="i"/> (not inside 1.2/3 or ๑๑๓๙/๖๖-like numbers).</summary>
    public static bool MayStartNumeric(ReadOnlySpan<char> text, int i) =>
        i == 0 || (text[i - 1] is not ('/' or '.') && !ThaiDigits.IsDigit(text[i - 1]));
}
