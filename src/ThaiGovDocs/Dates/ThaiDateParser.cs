using ThaiGovDocs.Text;

namespace ThaiGovDocs.Dates;

/// <summary>Reads Thai dates and times in every form government letters print.</summary>
/// <remarks>
/// Ordinal and culture-free; nothing is allocated. Messy input yields a match with a <see cref="ThaiDateMatch.Problem"/>
/// (or no match), never an exception. Spans start at the day's first digit.
/// </remarks>
public static class ThaiDateParser
{
    /// <summary>How far after the label the month may start: the day's blank is wide on a printed form.</summary>
    private const int MaxDayGap = 48;

    /// <summary>Characters a removed or illegible handwritten day leaves behind (<c>ย</c>, a stray tone mark); more is a word.</summary>
    private const int MaxDayStrays = 3;

    private static readonly string[] Weekdays = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์"];

    /// <summary>Reads a date that begins at the start of <paramref name="text"/> (after white space and an optional weekday).</summary>
    /// <remarks>Skips white space, leader noise (<c>-</c> <c>–</c> <c>.</c> <c>…</c> <c>:</c>), <c>วันจันทร์ที่</c>-style weekdays and
    /// the labels <c>วันที่</c>, <c>ลงวันที่</c>, <c>ลง</c>, <c>ณ วันที่</c>, <c>เมื่อวันที่</c>. When a stray number precedes the day
    /// (<c>๒๕ ๓ พ.ค.</c>), the number next to the month is taken and noted.</remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out ThaiDateMatch match)
    {
        // Every date read here starts at a digit right after the noise and label skipped: a line that starts with a word
        // (SkipLabel leaves at once unless it starts with a label's first letter) is ruled out without scanning it.
        int i = SkipNoise(text, 0);
        i = SkipNoise(text, SkipLabel(text, i));
        if (i < text.Length && ThaiDigits.IsDigit(text[i]))
        {
            if (DateReader.TryRead(text, i, allowNumeric: true, out DateExpression date))
            {
                match = DateResolver.Resolve(date, TextSpan.FromBounds(i, date.End));
                return true;
            }

            int strayEnd = DateTokens.ReadNumber(text, i, out _, out int strayLength);
            // However wide the gap: a speck at the margin of a right-aligned date line stands far from the day.
            int next = DateTokens.SkipAnyGap(text, strayEnd);
            if (strayLength <= 2 && next > strayEnd && next < text.Length && ThaiDigits.IsDigit(text[next])
                && DateReader.TryRead(text, next, allowNumeric: false, out date))
            {
                var stray = new Diagnostic(DiagnosticCodes.StrayDateNumber, DiagnosticSeverity.Info, TextSpan.FromBounds(i, strayEnd),
                    "A stray number before the day was ignored.");
                match = DateResolver.Resolve(date, TextSpan.FromBounds(next, date.End), stray);
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// Reads a date whose day is missing or unreadable (handwritten on a scan): <c>วันที่      พ.ค. ๖๘</c>. Only when a month
    /// and a plausible year are clearly present and nothing but blanks, punctuation or at most a few stray characters stand
    /// where the day would be; never when a number stands there (that is <see cref="TryParse"/>'s to read). No day is invented.
    /// </summary>
    /// <remarks>Skips the same leader noise and labels as <see cref="TryParse"/>. Bounded look-ahead; nothing is allocated.</remarks>
    public static bool TryParseMonthAndYear(ReadOnlySpan<char> text, out ThaiMonthMatch match)
    {
        match = default;
        int dayStart = SkipNoise(text, SkipLabel(text, SkipNoise(text, 0)));
        int limit = Math.Min(text.Length, dayStart + MaxDayGap);
        int strays = 0;
        for (int i = dayStart; i < limit; i++)
        {
            char c = text[i];
            if (ThaiDigits.IsDigit(c) || c is '\n' or '\r')
            {
                return false;
            }

            if (DateReader.TryReadMonthAndYear(text, i, out DateExpression date))
            {
                return DateResolver.TryResolveMonth(date, TextSpan.FromBounds(i, date.End), TextSpan.FromBounds(dayStart, i), out match);
            }

            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c) && ++strays > MaxDayStrays)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Finds the first date anywhere in <paramref name="text"/>.</summary>
    /// <remarks>Linear time: each run of digits is tried once as a day, with bounded look-ahead.</remarks>
    public static bool TryFind(ReadOnlySpan<char> text, out ThaiDateMatch match)
    {
        int position = 0;
        while (position < text.Length)
        {
            int found = DigitScanner.IndexOfDigit(text[position..]);
            if (found < 0)
            {
                break;
            }

            int i = position + found;
            if (DateReader.TryRead(text, i, DateReader.MayStartNumeric(text, i), out DateExpression date))
            {
                match = DateResolver.Resolve(date, TextSpan.FromBounds(i, date.End));
                return true;
            }

            position = DateTokens.ReadNumber(text, i, out _, out _);
        }

        match = default;
        return false;
    }

    /// <summary>Finds the first time of day anywhere in <paramref name="text"/>.</summary>
    /// <remarks>
    /// A bare <c>H.MM</c> is ambiguous with decimals, so the first "strong" time wins: one with <c>น.</c>, a colon, seconds,
    /// a preceding <c>เวลา</c>, or followed by a range (<c>13.30 – 14.30 น.</c>); failing that, the first bare <c>H.MM</c>
    /// not followed by <c>บาท</c>. Impossible times (๒๕.๗๐) are not matched at all.
    /// </remarks>
    public static bool TryFindTime(ReadOnlySpan<char> text, out ThaiTimeMatch match) => TimeReader.TryFind(text, out match);

    private static int SkipNoise(ReadOnlySpan<char> text, int i)
    {
        // Besides dashes and dots, scans read specks before a date as quotes, bars and tildes.
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '-' or '\u2013' or '\u2014' or '.' or '\u2026' or ':'
            or '\'' or '`' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '|' or '_' or '~' or ','))
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips one date label (weekday, วันที่, ลงวันที่, ลง, ณ วันที่, เมื่อวันที่), tolerating a dropped tone mark.</summary>
    private static int SkipLabel(ReadOnlySpan<char> text, int i)
    {
        // Every label starts with one of these, matched exactly (only marks after the first character may be dropped):
        // most lines asked about start with something else.
        if (i >= text.Length || text[i] is not ('ล' or 'เ' or 'ณ' or 'ว'))
        {
            return i;
        }

        ReadOnlySpan<char> rest = text[i..];
        int length = ThaiWords.MatchTolerant(rest, "ลงวันที่", maxDropped: 1);
        if (length == 0)
        {
            length = ThaiWords.MatchTolerant(rest, "เมื่อวันที่", maxDropped: 1);
        }

        if (length > 0)
        {
            return i + length;
        }

        if (rest.StartsWith("ณ", StringComparison.Ordinal))
        {
            int j = DateTokens.SkipGap(text, i + 1);
            length = ThaiWords.MatchTolerant(text[j..], "วันที่", maxDropped: 1);
            return length > 0 ? j + length : i;
        }

        int day = ThaiWords.MatchTolerant(rest, "วัน", maxDropped: 1);
        if (day > 0)
        {
            int j = i + day;
            int weekday = 0;
            foreach (string name in Weekdays)
            {
                weekday = Math.Max(weekday, ThaiWords.MatchTolerant(text[j..], name, maxDropped: 1));
            }

            if (weekday > 0)
            {
                // วันอังคารที่ / วันอังคาร ที่
                j = DateTokens.SkipGap(text, j + weekday);
            }

            length = ThaiWords.MatchTolerant(text[j..], "ที่", maxDropped: 1);
            return weekday > 0 || length > 0 ? j + length : i;
        }

        return rest.StartsWith("ลง", StringComparison.Ordinal) ? i + 2 : i;
    }
}
