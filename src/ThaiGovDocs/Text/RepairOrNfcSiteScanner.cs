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

    /// <inheritdoc cref="IPairRule.Hits"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Hits<TLanes>(TLanes previous, TLanes c)
        where TLanes : struct, ILanes<TLanes> =>
        RepairSiteScanner.Hits(previous, c) | NfcQuickCheck.Suspects.Hits(previous, c);
}
