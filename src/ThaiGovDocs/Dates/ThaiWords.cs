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

    private static bool IsDroppable(char c) => ThaiChars.IsCombiningMark(c);
}
