using ThaiGovDocs.Text;

namespace ThaiGovDocs.Dates;

/// <summary>
/// Finds times such as <c>๑๖.๓๐ น.</c>, <c>10:37:26</c> and <c>19.20.16</c>. A bare <c>H.MM</c> is ambiguous with decimals,
/// so the first "strong" time wins: one with <c>น.</c>, a colon, seconds, a preceding <c>เวลา</c>, or followed by a range
/// (<c>13.30 – 14.30 น.</c>). Failing that, the first bare <c>H.MM</c> not followed by <c>บาท</c> is returned.
/// Impossible times (hour &gt; 23, minute or second &gt; 59) are not matched.
/// </summary>
internal static class TimeReader
{
    public static bool TryFind(ReadOnlySpan<char> text, out ThaiTimeMatch match)
    {
        ThaiTimeMatch? weak = null;
        int position = 0;
        while (position < text.Length)
        {
            int found = DigitScanner.IndexOfDigit(text[position..]);
            if (found < 0)
            {
                break;
            }

            int i = position + found;
            if (TryRead(text, i, out ThaiTimeMatch candidate, out bool strong))
            {
                if (strong)
                {
                    match = candidate;
                    return true;
                }

                weak ??= candidate;
            }

            position = DateTokens.ReadNumber(text, i, out _, out _);
        }

        match = weak.GetValueOrDefault();
        return weak.HasValue;
    }

    private static bool TryRead(ReadOnlySpan<char> text, int start, out ThaiTimeMatch match, out bool strong)
    {
        match = default;
        strong = false;
        if (start > 0 && text[start - 1] is '.' or ':' or '/')
        {
            return false;
        }

        int i = DateTokens.ReadNumber(text, start, out int hour, out int count);
        if (count is 0 or > 2 || i >= text.Length)
        {
            return false;
        }

        if (text[i] == ' ' && TryReadMinutesAndSeconds(text, i + 1, out int lostMinute, out int lostSecond, out int lostEnd))
        {
            // A stamp's time whose first colon OCR lost (๑๐ ๓๗:๒๖): the seconds make it a time.
            if (DateTokens.ContinuesAsNumber(text, lostEnd) || hour > 23 || lostMinute > 59 || lostSecond > 59)
            {
                return false;
            }

            strong = true;
            match = new ThaiTimeMatch(TextSpan.FromBounds(start, lostEnd), new TimeOnly(hour, lostMinute, lostSecond), HasSeconds: true);
            return true;
        }

        if (text[i] is not ('.' or ':'))
        {
            return false;
        }

        char separator = text[i];
        int end = DateTokens.ReadNumber(text, i + 1, out int minute, out count);
        if (count != 2)
        {
            return false;
        }

        int second = 0;
        bool hasSeconds = false;

        // A stamp's seconds after the other separator (๐๘:๔๕.๑๐, ๑๐.๓๗:๒๖): OCR took one colon for a full stop.
        if (end < text.Length && text[end] is '.' or ':')
        {
            int secondsEnd = DateTokens.ReadNumber(text, end + 1, out second, out count);
            if (count == 2)
            {
                (end, hasSeconds) = (secondsEnd, true);
            }
        }

        if (DateTokens.ContinuesAsNumber(text, end) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        int suffix = MatchNaSuffix(text, DateTokens.SkipGap(text, end));
        int spanEnd = suffix > 0 ? suffix : end;
        strong = suffix > 0 || separator == ':' || hasSeconds || FollowsTimeLabel(text, start) || StartsRange(text, end);
        if (!strong && FollowedByBaht(text, end))
        {
            return false;
        }

        match = new ThaiTimeMatch(TextSpan.FromBounds(start, spanEnd), new TimeOnly(hour, minute, second), hasSeconds);
        return true;
    }

    /// <summary>Reads <c>MM:SS</c> (two digits, a colon, two digits) at <paramref name="i"/>.</summary>
    private static bool TryReadMinutesAndSeconds(ReadOnlySpan<char> text, int i, out int minute, out int second, out int end)
    {
        second = 0;
        end = DateTokens.ReadNumber(text, i, out minute, out int minuteDigits);
        if (minuteDigits != 2 || end >= text.Length || text[end] != ':')
        {
            return false;
        }

        end = DateTokens.ReadNumber(text, end + 1, out second, out int secondDigits);
        return secondDigits == 2;
    }

    /// <summary>End of <c>น.</c> / <c>น</c> (นาฬิกา) at <paramref name="i"/>, else 0.</summary>
    private static int MatchNaSuffix(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != 'น')
        {
            return 0;
        }

        if (i + 1 < text.Length && text[i + 1] == '.')
        {
            return i + 2;
        }

        return i + 1 == text.Length || !ThaiChars.IsThaiLetterOrMark(text[i + 1]) ? i + 1 : 0;
    }

    private static bool FollowsTimeLabel(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        for (int skipped = 0; i > 0 && skipped < 8 && (ThaiChars.IsHorizontalSpace(text[i - 1]) || text[i - 1] is '.' or ':'); skipped++)
        {
            i--;
        }

        return text[..i].EndsWith("เวลา", StringComparison.Ordinal);
    }

    private static bool StartsRange(ReadOnlySpan<char> text, int end)
    {
        int s = DateTokens.SkipGap(text, end);
        int separator = DateTokens.MatchRangeSeparator(text, s);
        int next = DateTokens.SkipGap(text, s + separator);
        return separator > 0 && next < text.Length && ThaiDigits.IsDigit(text[next]);
    }

    private static bool FollowedByBaht(ReadOnlySpan<char> text, int end) =>
        text[DateTokens.SkipGap(text, end)..].StartsWith("บาท", StringComparison.Ordinal);
}
