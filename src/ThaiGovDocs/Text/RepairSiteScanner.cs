using System.Runtime.CompilerServices;

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

    /// <summary>The scalar rule; <see cref="Hits"/> is the same rule on every lane of a vector.</summary>
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
    public static TLanes Hits<TLanes>(TLanes previous, TLanes c)
        where TLanes : struct, ILanes<TLanes>
    {
        var special = TLanes.Is(c, '\r') | TLanes.Is(c, '\u0E4D') | TLanes.Is(c, '\u00AD') | TLanes.Is(c, '\uFEFF')
            | TLanes.InRange(c, '\u200B', '\u200D') | TLanes.InRange(c, '\uD800', '\uDFFF') | TLanes.InRange(c, '\uFFFE', '\uFFFF');

        // ั, ำ … ฺ and ็ … ๎ (ำ is not a mark, but is tested like one).
        var markOrSaraAm = TLanes.Is(c, '\u0E31') | TLanes.InRange(c, '\u0E33', '\u0E3A') | TLanes.InRange(c, '\u0E47', '\u0E4E');
        var badBase = TLanes.Equal(previous, c) | ~TLanes.InRange(previous, '\u0E01', '\u0E4E');
        var spaceAfterLeadingVowel = TLanes.Is(c, ' ') & TLanes.InRange(previous, '\u0E40', '\u0E44');
        return special | (markOrSaraAm & badBase) | spaceAfterLeadingVowel;
    }
}
