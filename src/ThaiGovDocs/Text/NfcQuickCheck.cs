using System.Globalization;
using System.Runtime.CompilerServices;
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
        for (int at = Suspects.Next(text, 0); at < text.Length; at = Suspects.Next(text, at + 1))
        {
            if (!IsNormalizedAround(text, at, out int end))
            {
                return false;
            }

            at = end - 1;
        }

        return true;
    }

    /// <summary>
    /// Whether the segment around the suspect at <paramref name="at"/> is in NFC; <paramref name="end"/> is where the
    /// segment ends (the scan for the next suspect may resume there).
    /// </summary>
    public static bool IsNormalizedAround(ReadOnlySpan<char> text, int at, out int end)
    {
        end = at + 1;
        if (Suspects.IsThaiReordering(at > 0 ? text[at - 1] : '\0', text[at]))
        {
            return false;
        }

        // An outsider: ask ICU about the segment around it, its base before and the marks after. The base may sit
        // before other marks: e + ้ + ◌́ composes to é + ้, so the segment starts before them. No cap on either side:
        // a mark past a cap was left to the Thai pair rule, which cannot see that it must move before the outsider.
        // Still linear: the scan resumes after the segment, and the walk back stops at the character before it.
        int start = at;
        while (start > 0 && IsMark(text[start - 1]))
        {
            start--;
        }

        start = Math.Max(start - 1, 0);
        while (end < text.Length && (text[end] >= '\u0300' && !char.IsLetterOrDigit(text[end]) || char.IsLowSurrogate(text[end])))
        {
            end++;
        }

        if (char.IsLowSurrogate(text[start]) && start > 0)
        {
            start--;
        }

        var segment = text[start..end];
        return !ContainsInvalidUtf16(segment) && segment.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>True when <paramref name="text"/> is certainly NFC without asking ICU; false means "ask ICU".</summary>
    public static bool IsCertainlyNormalized(ReadOnlySpan<char> text) => Suspects.Next(text, 0) == text.Length;

    /// <summary>
    /// Characters outside the never-changing ranges (Latin-1, the Thai block, general punctuation), and Thai marks
    /// that NFC would reorder: a below vowel (ุ ู, class 103) after a tone mark (107), phinthu (ฺ, 9) after either.
    /// </summary>
    internal readonly struct Suspects : IPairRule
    {
        public static int Next(ReadOnlySpan<char> text, int from) => PairScanner.Next<Suspects>(text, from);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsThaiReordering(char previous, char c) =>
            (c is '\u0E38' or '\u0E39' && ThaiChars.IsToneMark(previous))
            || (c == '\u0E3A' && (ThaiChars.IsToneMark(previous) || previous is '\u0E38' or '\u0E39'));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsHit(char previous, char c) =>
            c is (>= '\u0300' and <= '\u0DFF') or (>= '\u0E80' and <= '\u1FFF') or >= '\u2070' || IsThaiReordering(previous, c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TLanes Hits<TLanes>(TLanes previous, TLanes c)
            where TLanes : struct, ILanes<TLanes>
        {
            var outsider = TLanes.InRange(c, '\u0300', '\u0DFF') | TLanes.InRange(c, '\u0E80', '\u1FFF') | TLanes.InRange(c, '\u2070', '\uFFFF');
            var toneBefore = TLanes.InRange(previous, '\u0E48', '\u0E4B');
            var reordering = (TLanes.InRange(c, '\u0E38', '\u0E39') & toneBefore)
                | (TLanes.Is(c, '\u0E3A') & (toneBefore | TLanes.InRange(previous, '\u0E38', '\u0E39')));
            return outsider | reordering;
        }
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

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
}
