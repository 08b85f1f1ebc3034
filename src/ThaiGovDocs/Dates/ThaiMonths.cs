using System.Buffers;
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

    // Every month token starts with one of these; most candidates are rejected on the first character.
    private static readonly SearchValues<char> Initials = SearchValues.Create("มกเพสตธ");

    /// <summary>The month (1–12) whose name starts <paramref name="text"/>, preferring the longest match; 0 if none.</summary>
    public static int Match(ReadOnlySpan<char> text, out int length)
    {
        int best = 0;
        length = 0;
        if (text.IsEmpty || !Initials.Contains(text[0]))
        {
            return 0;
        }

        for (int m = 0; m < 12; m++)
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
}
