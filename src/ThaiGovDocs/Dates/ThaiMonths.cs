using ThaiGovDocs.Text;

namespace ThaiGovDocs.Dates;

/// <summary>Thai month names, full and abbreviated, matched with OCR tolerance.</summary>
internal static class ThaiMonths
{
    /// <summary>Full names, January first.</summary>
    public static readonly string[] FullNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    // Abbreviations are two parts: ม.ค. = "ม" + "ค", มี.ค. = "มี" + "ค", ...
    private static readonly string[] AbbreviationFirst = ["ม", "ก", "มี", "เม", "พ", "มิ", "ก", "ส", "ก", "ต", "พ", "ธ"];
    private const string AbbreviationSecond = "คพคยคยคคยคยค";

    // The months (0-based, in order) whose full name or abbreviation starts with each Thai character: a month token cannot
    // match text that starts otherwise (its first character is never dropped), so each call tries two or three months, not
    // twelve. Most candidates (ม, ก, พ start many words) used to run all 24 comparisons.
    private static readonly int[][] MonthsByInitial = BuildMonthsByInitial();

    /// <summary>The month (1–12) whose name starts <paramref name="text"/>, preferring the longest match; 0 if none.</summary>
    public static int Match(ReadOnlySpan<char> text, out int length)
    {
        int month = MatchAsWritten(text, out length);
        return month != 0 ? month : MatchWithStrayMark(text, out length);
    }

    /// <summary>
    /// The month whose full name starts <paramref name="text"/> with one consonant misread (Laksaman's <c>ธ</c> read as <c>จ</c>:
    /// <c>จันวาคม</c>), one mark added from noise (<c>ธั้นวาคม</c>), or both, as a whole word; 0 when none or more than one fits. For a word between a day and a year, where nothing
    /// matched as written: the names are long and far apart, so one letter does not make another month of them.
    /// </summary>
    public static int MatchWithOneLetterMisread(ReadOnlySpan<char> text, out int length)
    {
        int found = 0;
        length = 0;
        for (int m = 0; m < 12; m++)
        {
            int matched = ThaiWords.MatchWithOneSlip(text, FullNames[m]);
            if (matched == 0)
            {
                continue;
            }

            if (found != 0)
            {
                return 0;
            }

            (found, length) = (m + 1, matched);
        }

        if (found != 0 && length < text.Length && ThaiChars.IsThaiLetterOrMark(text[length]))
        {
            (found, length) = (0, 0);
        }

        return found;
    }

    /// <summary>A full name or abbreviation as written (with OCR's tolerance for lost marks and dots); 0 if none.</summary>
    private static int MatchAsWritten(ReadOnlySpan<char> text, out int length)
    {
        int best = 0;
        length = 0;
        if (text.IsEmpty || text[0] is < '\u0E00' or > '\u0E7F')
        {
            return 0;
        }

        foreach (int m in MonthsByInitial[text[0] - '\u0E00'])
        {
            int full = ThaiWords.MatchTolerant(text, FullNames[m]);
            if (full > length)
            {
                (best, length) = (m + 1, full);
            }

            int abbreviation = MatchAbbreviation(text, AbbreviationFirst[m], AbbreviationSecond[m]);
            if (abbreviation > length)
            {
                (best, length) = (m + 1, abbreviation);
            }
        }

        return best;
    }

    /// <summary>
    /// <paramref name="text"/> with the stray mark of every month abbreviation like <c>ธี.ค.</c> removed, so a reference
    /// reads as the date it cites; the same string when there is none.
    /// </summary>
    public static string WithoutStrayMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        System.Text.StringBuilder? mended = null;
        int copied = 0;
        // Each abbreviation has its dot two characters in: only the dots are visited (a vector search between them).
        for (int dot = text.Length < 4 ? -1 : text.IndexOf('.', 2); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            int i = dot - 2;
            if (!ThaiChars.IsCombiningMark(text[i + 1]) || (i > 0 && ThaiChars.IsThaiLetterOrMark(text[i - 1])))
            {
                continue;
            }

            var rest = text.AsSpan(i);
            if (MatchAsWritten(rest, out _) == 0 && MatchWithStrayMark(rest, out _) != 0)
            {
                mended ??= new System.Text.StringBuilder(text.Length);
                mended.Append(text, copied, i + 1 - copied);
                copied = i + 2;
            }
        }

        return mended is null ? text : mended.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// An abbreviation whose one-letter first part carries a mark OCR put there from noise above it (<c>ธี.ค.</c> for
    /// <c>ธ.ค.</c>). Tried only when nothing matched as written, so <c>มี.ค.</c> and <c>มิ.ย.</c> keep their own months.
    /// </summary>
    private static int MatchWithStrayMark(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        // The dot right after the mark keeps this off ordinary words (มี, ตั้ง), which are most of the calls.
        if (text.Length < 4 || !ThaiChars.IsCombiningMark(text[1]) || text[2] != '.')
        {
            return 0;
        }

        // Match the rest as if the mark were not there; the mark's one character counts in the length.
        Span<char> unmarked = stackalloc char[Math.Min(text.Length - 1, 16)];
        unmarked[0] = text[0];
        text.Slice(2, unmarked.Length - 1).CopyTo(unmarked[1..]);
        for (int m = 0; m < 12; m++)
        {
            string first = AbbreviationFirst[m];
            if (first.Length == 1 && text[0] == first[0])
            {
                int matched = MatchAbbreviation(unmarked, first, AbbreviationSecond[m]);
                if (matched > 0)
                {
                    length = matched + 1;
                    return m + 1;
                }
            }
        }

        return 0;
    }

    /// <summary>Matches e.g. พ.ค. also as พ.ค, พ.ค.., พ. ค., พค.; not when a Thai letter follows (กพ.ทหาร is an agency).</summary>
    private static int MatchAbbreviation(ReadOnlySpan<char> text, string first, char second)
    {
        if (!text.StartsWith(first, StringComparison.Ordinal))
        {
            return 0;
        }

        int t = first.Length;
        for (int separators = 0; t < text.Length && separators < 3 && text[t] is '.' or ' '; separators++)
        {
            t++;
        }

        if (t >= text.Length || text[t] != second)
        {
            return 0;
        }

        t++;
        for (int dots = 0; t < text.Length && dots < 3 && text[t] == '.'; dots++)
        {
            t++;
        }

        return t < text.Length && ThaiChars.IsThaiLetterOrMark(text[t]) ? 0 : t;
    }

    private static int[][] BuildMonthsByInitial()
    {
        var months = new List<int>[0x80];
        for (int m = 0; m < 12; m++)
        {
            foreach (char initial in (ReadOnlySpan<char>)[FullNames[m][0], AbbreviationFirst[m][0]])
            {
                var list = months[initial - '\u0E00'] ??= [];
                if (!list.Contains(m))
                {
                    list.Add(m);
                }
            }
        }

        return [.. months.Select(list => list is null ? [] : list.ToArray())];
    }
}
