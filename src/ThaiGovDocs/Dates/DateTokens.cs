using ThaiGovDocs.Text;

namespace ThaiGovDocs.Dates;

/// <summary>The small lexical pieces dates and times are made of. Every look-ahead is bounded, so scans stay linear.</summary>
internal static class DateTokens
{
    /// <summary>Most spaces tolerated between two parts of a date (OCR often doubles them).</summary>
    private const int MaxGap = 8;

    /// <summary>Skips spaces and tabs (never line breaks), at most <see cref="MaxGap"/>.</summary>
    public static int SkipGap(ReadOnlySpan<char> text, int i) => SkipSpaces(text, i, Math.Min(text.Length, i + MaxGap));

    /// <summary>Skips spaces and tabs (never line breaks), however many.</summary>
    public static int SkipAnyGap(ReadOnlySpan<char> text, int i) => SkipSpaces(text, i, text.Length);

    private static int SkipSpaces(ReadOnlySpan<char> text, int i, int limit)
    {
        while (i < limit && ThaiChars.IsHorizontalSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads a run of digits at <paramref name="i"/>; returns its end. <paramref name="count"/> is the run length
    /// (0 when there is no digit); <paramref name="value"/> is meaningful only for runs of up to 9 digits.</summary>
    public static int ReadNumber(ReadOnlySpan<char> text, int i, out int value, out int count)
    {
        value = 0;
        int start = i;
        while (i < text.Length)
        {
            int d = ThaiDigits.DigitValue(text[i]);
            if (d < 0)
            {
                break;
            }

            if (i - start < 9)
            {
                value = (value * 10) + d;
            }

            i++;
        }

        count = i - start;
        return i;
    }

    /// <summary>Length of a range separator (<c>-</c>, <c>–</c>, <c>—</c>, <c>ถึง</c>, <c>ถึงวันที่</c>) at <paramref name="i"/>, else 0.</summary>
    public static int MatchRangeSeparator(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        if (text[i] is '-' or '\u2013' or '\u2014' or '\u2212')
        {
            return 1;
        }

        int word = ThaiWords.MatchTolerant(text[i..], "ถึง", maxDropped: 1);
        if (word == 0)
        {
            return 0;
        }

        int j = SkipGap(text, i + word);
        int label = ThaiWords.MatchTolerant(text[j..], "วันที่", maxDropped: 1);
        return label > 0 ? j + label - i : word;
    }

    /// <summary>Length of an era marker (พ.ศ., พ.ศ, พศ., ค.ศ. …) at <paramref name="i"/>, else 0.</summary>
    public static int MatchEra(ReadOnlySpan<char> text, int i, out bool gregorian)
    {
        gregorian = false;
        if (i >= text.Length || text[i] is not ('พ' or 'ค'))
        {
            return 0;
        }

        int j = i + 1;
        if (j < text.Length && text[j] == '.')
        {
            j++;
        }

        if (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (j >= text.Length || text[j] != 'ศ')
        {
            return 0;
        }

        j++;
        for (int dots = 0; j < text.Length && dots < 2 && text[j] == '.'; dots++)
        {
            j++;
        }

        if (j < text.Length && ThaiChars.IsThaiLetterOrMark(text[j]))
        {
            return 0;
        }

        gregorian = text[i] == 'ค';
        return j - i;
    }

    /// <summary>Whether a number ending at <paramref name="end"/> continues as a decimal, time or fraction (<c>10.30</c>, <c>2/3</c>).</summary>
    public static bool ContinuesAsNumber(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && (text[end] is '.' or ':' or '/') && ThaiDigits.IsDigit(text[end + 1]);
}
