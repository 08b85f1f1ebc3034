using ThaiGovDocs.Text;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Drops a tone mark that OCR put on a dotted abbreviation (<c>ผ้อ.</c> for <c>ผอ.</c>): abbreviations of titles and
/// units are bare consonants (<c>ผอ.</c>, <c>จก.</c>, <c>กธก.</c>), so a consonant, a tone mark and more consonants
/// dotted to the next abbreviation is noise above the line, not a word.
/// </summary>
internal static class AbbreviationMarks
{
    private const char FirstToneMark = '\u0E48';
    private const char LastToneMark = '\u0E4B';

    /// <summary>The value with such marks removed; the same string when there are none.</summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int mark = FindStrayMark(value, 0);
        if (mark < 0)
        {
            return value;
        }

        var text = new System.Text.StringBuilder(value.Length);
        int from = 0;
        for (; mark >= 0; mark = FindStrayMark(value, mark + 1))
        {
            text.Append(value, from, mark - from);
            from = mark + 1;
        }

        return text.Append(value, from, value.Length - from).ToString();
    }

    /// <summary>
    /// A tone mark at a segment's second character, in a segment of 2–4 consonants whose dot chains it to the next
    /// abbreviation (<c>ผ้อ.ศศย.</c>): a word that ends a sentence with a dot (<c>น้อง.</c>) is left alone.
    /// </summary>
    private static int FindStrayMark(string value, int from)
    {
        // The mark's segment is dotted to what follows: no mark after the last dot counts (and most values have no dot).
        int limit = value.LastIndexOf('.');
        for (int i = Math.Max(from, 1); i < limit; i++)
        {
            // Jump to the next tone mark a vector at a time: most of a position is letters.
            int next = value.AsSpan(i, limit - i).IndexOfAnyInRange(FirstToneMark, LastToneMark);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (!ThaiChars.IsConsonant(value[i - 1]) || !StartsSegment(value, i - 1))
            {
                continue;
            }

            int consonants = 1;
            int j = i + 1;
            while (j < value.Length && ThaiChars.IsConsonant(value[j]))
            {
                consonants++;
                j++;
            }

            if (consonants is >= 2 and <= 4 && j + 1 < value.Length && value[j] == '.' && ThaiChars.IsConsonant(value[j + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsSegment(string value, int i) => i == 0 || value[i - 1] is ' ' or '.' or '(' or '/';
}
