using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static ThaiGovDocs.Text.PairScanner;

namespace ThaiGovDocs.Text;

/// <summary>
/// Finds the next character the repairer must look at: everything between two such characters is copied unchanged.
/// It may stop where nothing turns out to be wrong, never the other way round.
/// </summary>
/// <remarks>
/// A character needs attention when it is a line break <c>\r</c>, an invisible, ํ, a surrogate or U+FFFE/U+FFFF; a
/// mark or ำ whose neighbour before it is not a Thai letter or mark (orphan, or split off by a space) or is the same
/// mark (doubled); or a space after a leading vowel.
/// </remarks>
internal readonly struct RepairSiteScanner : IPairRule
{
    /// <summary>The first index ≥ <paramref name="from"/> that needs attention, or the text's length.</summary>
    public static int Next(ReadOnlySpan<char> text, int from) => PairScanner.Next<RepairSiteScanner>(text, from);

    /// <summary>The scalar rule; <see cref="Hits"/> is the same rule on 16 positions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHit(char previous, char c)
    {
        bool special = c is '\r' or '\u0E4D' or '\u00AD' or '\uFEFF' or (>= '\u200B' and <= '\u200D') or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF';
        bool markOrSaraAm = ThaiChars.IsCombiningMark(c) || c == ThaiChars.SaraAm;
        bool badBase = previous == c || !ThaiChars.IsThaiLetterOrMark(previous);
        return special || (markOrSaraAm && badBase) || (c == ' ' && ThaiChars.IsLeadingVowel(previous));
    }

    /// <inheritdoc cref="IPairRule.Hits"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Hits(Vector256<ushort> previous, Vector256<ushort> c)
    {
        var special = Is(c, '\r') | Is(c, '\u0E4D') | Is(c, '\u00AD') | Is(c, '\uFEFF')
            | InRange(c, '\u200B', '\u200D') | InRange(c, '\uD800', '\uDFFF') | InRange(c, '\uFFFE', '\uFFFF');

        // ั, ำ … ฺ and ็ … ๎ (ำ is not a mark, but is tested like one).
        var markOrSaraAm = Is(c, '\u0E31') | InRange(c, '\u0E33', '\u0E3A') | InRange(c, '\u0E47', '\u0E4E');
        var badBase = Vector256.Equals(previous, c) | ~InRange(previous, '\u0E01', '\u0E4E');
        var spaceAfterLeadingVowel = Is(c, ' ') & InRange(previous, '\u0E40', '\u0E44');
        return special | (markOrSaraAm & badBase) | spaceAfterLeadingVowel;
    }
}
