using System.Text;

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
    /// <summary>Whether <paramref name="text"/> is in NFC: exact, with ICU asked only about the few segments that hold a
    /// character outside the ranges that never change.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text)
    {
        if (!HasThaiReordering(text))
        {
            return AreOutsidersNormalized(text);
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> is certainly NFC without asking ICU; false means "ask ICU".</summary>
    public static bool IsCertainlyNormalized(ReadOnlySpan<char> text) =>
        FirstOutsider(text, 0) < 0 && !HasThaiReordering(text);

    private static bool AreOutsidersNormalized(ReadOnlySpan<char> text)
    {
        var outsiders = new OutsiderCursor();
        for (int at = outsiders.Next(text, 0); at >= 0; at = outsiders.Next(text, at + 1))
        {
            // The segment around it: its base before and the marks after.
            int start = Math.Max(at - 1, 0);
            int end = at + 1;
            while (end < text.Length && end - at < 8 && (text[end] >= '\u0300' && !char.IsLetterOrDigit(text[end]) || char.IsLowSurrogate(text[end])))
            {
                end++;
            }

            if (char.IsLowSurrogate(text[start]) && start > 0)
            {
                start--;
            }

            var segment = text[start..end];
            if (ContainsInvalidUtf16(segment) || !segment.IsNormalized(NormalizationForm.FormC))
            {
                return false;
            }

            at = end - 1;
        }

        return true;
    }

    private static bool ContainsInvalidUtf16(ReadOnlySpan<char> segment)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            if (char.IsHighSurrogate(segment[i]) && (i + 1 >= segment.Length || !char.IsLowSurrogate(segment[i + 1])))
            {
                return true;
            }

            if (char.IsLowSurrogate(segment[i]) && (i == 0 || !char.IsHighSurrogate(segment[i - 1])))
            {
                return true;
            }

            if (segment[i] is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstOutsider(ReadOnlySpan<char> text, int from) => new OutsiderCursor().Next(text, from);

    /// <summary>
    /// Walks the characters outside the never-changing ranges in order. It remembers the next hit of each range, so a
    /// text with many such characters is still scanned once per range, not once per character found.
    /// </summary>
    private struct OutsiderCursor
    {
        private int _next0;
        private int _next1;
        private int _next2;
        private bool _started;

        public int Next(ReadOnlySpan<char> text, int from)
        {
            if (!_started)
            {
                _next0 = _next1 = _next2 = int.MinValue;
                _started = true;
            }

            _next0 = Advance(text, from, _next0, OutsideRanges[0]);
            _next1 = Advance(text, from, _next1, OutsideRanges[1]);
            _next2 = Advance(text, from, _next2, OutsideRanges[2]);
            int best = int.MaxValue;
            foreach (int candidate in (ReadOnlySpan<int>)[_next0, _next1, _next2])
            {
                if (candidate >= 0 && candidate < best)
                {
                    best = candidate;
                }
            }

            return best == int.MaxValue ? -1 : best;
        }

        private static int Advance(ReadOnlySpan<char> text, int from, int known, (char Low, char High) range)
        {
            if (known == -1 || known >= from)
            {
                // No more in this range, or the remembered hit is still ahead.
                return known;
            }

            int at = from >= text.Length ? -1 : text[from..].IndexOfAnyInRange(range.Low, range.High);
            return at < 0 ? -1 : from + at;
        }
    }

    private static readonly (char Low, char High)[] OutsideRanges = [('\u0300', '\u0DFF'), ('\u0E80', '\u1FFF'), ('\u2070', '\uFFFF')];

    private static bool HasThaiReordering(ReadOnlySpan<char> text)
    {
        for (int from = 0; ;)
        {
            int found = text[from..].IndexOfAnyInRange('\u0E38', '\u0E3A');
            if (found < 0)
            {
                return false;
            }

            int at = from + found;
            if (at > 0 && CombiningClass(text[at - 1]) > CombiningClass(text[at]))
            {
                return true;
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
