using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThaiGovDocs.Text;

/// <summary>
/// Finds the next character the repairer must look at, 16 characters at a time: everything between two such
/// characters is copied unchanged. It may stop where nothing turns out to be wrong, never the other way round.
/// </summary>
/// <remarks>
/// A character needs attention when it is a line break <c>\r</c>, an invisible, ํ, a surrogate or U+FFFE/U+FFFF; a
/// mark or ำ whose neighbour before it is not a Thai letter or mark (orphan, or split off by a space) or is the same
/// mark (doubled); or a space after a leading vowel. Each test needs only the character and the one before it, so
/// one vector of characters and the same vector shifted by one decide 16 positions at once.
/// </remarks>
internal static class RepairSiteScanner
{
    /// <summary>The first index ≥ <paramref name="from"/> that needs attention, or the text's length.</summary>
    public static int Next(ReadOnlySpan<char> text, int from)
    {
        int i = from;
        if (i == 0 && text.Length > 0)
        {
            if (NeedsAttention('\0', text[0]))
            {
                return 0;
            }

            i = 1;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            int lastVector = text.Length - Vector256<ushort>.Count;
            for (; i <= lastVector; i += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref start, (nuint)i);
                var previous = Vector256.LoadUnsafe(ref start, (nuint)(i - 1));
                uint hits = Attention(previous, current).ExtractMostSignificantBits();
                if (hits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(hits);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (NeedsAttention(text[i - 1], text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>The scalar rule; <see cref="Attention"/> is the same rule on 16 positions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NeedsAttention(char previous, char c)
    {
        bool special = c is '\r' or '\u0E4D' or '\u00AD' or '\uFEFF' or (>= '\u200B' and <= '\u200D') or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF';
        bool markOrSaraAm = ThaiChars.IsCombiningMark(c) || c == ThaiChars.SaraAm;
        bool badBase = previous == c || !ThaiChars.IsThaiLetterOrMark(previous);
        return special || (markOrSaraAm && badBase) || (c == ' ' && ThaiChars.IsLeadingVowel(previous));
    }

    private static Vector256<ushort> Attention(Vector256<ushort> previous, Vector256<ushort> c)
    {
        var special = Vector256.Equals(c, Vector256.Create((ushort)'\r'))
            | Vector256.Equals(c, Vector256.Create((ushort)'\u0E4D'))
            | Vector256.Equals(c, Vector256.Create((ushort)'\u00AD'))
            | Vector256.Equals(c, Vector256.Create((ushort)'\uFEFF'))
            | InRange(c, '\u200B', '\u200D')
            | InRange(c, '\uD800', '\uDFFF')
            | InRange(c, '\uFFFE', '\uFFFF');

        // ั, ำ … ฺ and ็ … ๎ (ำ is not a mark, but is tested like one).
        var markOrSaraAm = Vector256.Equals(c, Vector256.Create((ushort)'\u0E31'))
            | InRange(c, '\u0E33', '\u0E3A')
            | InRange(c, '\u0E47', '\u0E4E');
        var badBase = Vector256.Equals(previous, c) | ~InRange(previous, '\u0E01', '\u0E4E');
        var spaceAfterLeadingVowel = Vector256.Equals(c, Vector256.Create((ushort)' ')) & InRange(previous, '\u0E40', '\u0E44');
        return special | (markOrSaraAm & badBase) | spaceAfterLeadingVowel;
    }

    /// <summary>low ≤ c ≤ high, as one unsigned comparison.</summary>
    private static Vector256<ushort> InRange(Vector256<ushort> c, char low, char high) =>
        Vector256.LessThanOrEqual(c - Vector256.Create((ushort)low), Vector256.Create((ushort)(high - low)));
}
