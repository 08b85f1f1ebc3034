using System.Runtime.CompilerServices;

namespace ThaiGovDocs.Text;

/// <summary>
/// The slow repair path's scan: a repair site (<see cref="RepairSiteScanner"/>) or a character NFC might change
/// (<see cref="NfcQuickCheck.Suspects"/>). Stopping at both lets the repairer learn, in the one pass it makes anyway,
/// whether the text it copies can need normalising, instead of checking the repaired text again from the start.
/// </summary>
internal readonly struct RepairOrNfcSiteScanner : IPairRule
{
    /// <summary>The first index ≥ <paramref name="from"/> that is a repair site or an NFC suspect, or the text's length.</summary>
    public static int Next(ReadOnlySpan<char> text, int from) => PairScanner.Next<RepairOrNfcSiteScanner>(text, from);

    /// <inheritdoc cref="IPairRule.IsHit"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHit(char previous, char c) =>
        RepairSiteScanner.IsHit(previous, c) || NfcQuickCheck.Suspects.IsHit(previous, c);

    /// <summary>The union of both rules' vector tests with their overlap merged: this scan covers whole bundles, so each
    /// test it saves per vector counts. The NFC outsider ranges hold every repair special from U+2070 up (BOM,
    /// surrogates, U+FFFE/U+FFFF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Hits<TLanes>(TLanes previous, TLanes c)
        where TLanes : struct, ILanes<TLanes>
    {
        var specialOrOutsider = TLanes.Is(c, '\r') | TLanes.Is(c, '\u0E4D') | TLanes.Is(c, '\u00AD') | TLanes.InRange(c, '\u200B', '\u200D')
            | TLanes.InRange(c, '\u0300', '\u0DFF') | TLanes.InRange(c, '\u0E80', '\u1FFF') | TLanes.InRange(c, '\u2070', '\uFFFF');

        // As in RepairSiteScanner: a mark or ำ on a bad base, a space after a leading vowel.
        var markOrSaraAm = TLanes.Is(c, '\u0E31') | TLanes.InRange(c, '\u0E33', '\u0E3A') | TLanes.InRange(c, '\u0E47', '\u0E4E');
        var badBase = TLanes.Equal(previous, c) | ~TLanes.InRange(previous, '\u0E01', '\u0E4E');
        var spaceAfterLeadingVowel = TLanes.Is(c, ' ') & TLanes.InRange(previous, '\u0E40', '\u0E44');

        // As in NfcQuickCheck.Suspects: a below vowel or phinthu that NFC would move before the mark it follows.
        var toneBefore = TLanes.InRange(previous, '\u0E48', '\u0E4B');
        var reordering = (TLanes.InRange(c, '\u0E38', '\u0E39') & toneBefore)
            | (TLanes.Is(c, '\u0E3A') & (toneBefore | TLanes.InRange(previous, '\u0E38', '\u0E39')));
        return specialOrOutsider | (markOrSaraAm & badBase) | spaceAfterLeadingVowel | reordering;
    }
}
