using ThaiGovDocs.Text;

namespace ThaiGovDocs.Dates;

/// <summary>Ordinal word matching that forgives what OCR usually loses: tone and vowel marks.</summary>
internal static class ThaiWords
{
    /// <summary>Length of <paramref name="word"/> at the start of <paramref name="text"/>, allowing up to
    /// <paramref name="maxDropped"/> missing marks; 0 when it does not match.</summary>
    public static int MatchTolerant(ReadOnlySpan<char> text, string word, int maxDropped = 2)
    {
        int t = 0;
        int dropped = 0;
        for (int p = 0; p < word.Length; p++)
        {
            char expected = word[p];
            if (t < text.Length && text[t] == expected)
            {
                t++;
            }
            else if (p > 0 && IsDroppable(expected) && ++dropped <= maxDropped)
            {
                continue;
            }
            else
            {
                return 0;
            }
        }

        return t;
    }

    /// <summary>Length of <paramref name="word"/> at the start of <paramref name="text"/> read with one consonant swapped for another,
    /// one mark added, or both, besides the marks <see cref="MatchTolerant"/> forgives; 0 otherwise (and when read as written).</summary>
    public static int MatchWithOneSlip(ReadOnlySpan<char> text, string word, int maxDropped = 2)
    {
        int t = 0;
        int dropped = 0;
        bool swapped = false;
        bool added = false;
        for (int p = 0; p < word.Length;)
        {
            char expected = word[p];
            if (t < text.Length && text[t] == expected)
            {
                (t, p) = (t + 1, p + 1);
            }
            else if (t < text.Length && !swapped && ThaiChars.IsConsonant(expected) && ThaiChars.IsConsonant(text[t]))
            {
                (t, p, swapped) = (t + 1, p + 1, true);
            }
            else if (t < text.Length && !added && ThaiChars.IsCombiningMark(text[t]) && !ThaiChars.IsCombiningMark(expected))
            {
                (t, added) = (t + 1, true);
            }
            else if (p > 0 && IsDroppable(expected) && ++dropped <= maxDropped)
            {
                p++;
            }
            else
            {
                return 0;
            }
        }

        return swapped || added ? t : 0;
    }

    private static bool IsDroppable(char c) => ThaiChars.IsCombiningMark(c);
}
