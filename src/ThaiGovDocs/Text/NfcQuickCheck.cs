namespace ThaiGovDocs.Text;

/// <summary>
/// A vectorised test that Thai letter text is already in NFC, so ICU's normaliser runs only on text that might not be.
/// </summary>
/// <remarks>
/// Latin-1, the Thai block and general punctuation need no composition; within Thai, the only canonical reordering is of
/// a below vowel (ุ ู, combining class 103) or phinthu (ฺ, 9) written after a tone mark (107) or after each other.
/// </remarks>
internal static class NfcQuickCheck
{
    /// <summary>True when <paramref name="text"/> is certainly NFC; false means "ask ICU".</summary>
    public static bool IsCertainlyNormalized(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\u0300', '\u0DFF') >= 0
            || text.IndexOfAnyInRange('\u0E80', '\u1FFF') >= 0
            || text.IndexOfAnyInRange('\u2070', '\uFFFF') >= 0)
        {
            return false;
        }

        for (int from = 0; ;)
        {
            int found = text[from..].IndexOfAnyInRange('\u0E38', '\u0E3A');
            if (found < 0)
            {
                return true;
            }

            int at = from + found;
            if (at > 0 && CombiningClass(text[at - 1]) > CombiningClass(text[at]))
            {
                return false;
            }

            from = at + 1;
        }
    }

    private static int CombiningClass(char c) => c switch
    {
        '\u0E38' or '\u0E39' => 103,
        '\u0E3A' => 9,
        >= '\u0E48' and <= '\u0E4B' => 107,
        _ => 0,
    };
}
