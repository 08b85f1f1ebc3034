using System.Runtime.CompilerServices;

namespace ThaiGovDocs.Text;

/// <summary>
/// Finds the next ASCII or Thai digit as two range tests per vector of characters. <c>IndexOfAny(ThaiDigits.Digits)</c> took
/// .NET's probabilistic map for this mixed set, which on Thai text (every character U+0Exx) checks many false hits.
/// </summary>
internal readonly struct DigitScanner : IPairRule
{
    /// <summary>The index of the first digit in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfDigit(ReadOnlySpan<char> text)
    {
        int at = PairScanner.Next<DigitScanner>(text, 0);
        return at < text.Length ? at : -1;
    }

    /// <inheritdoc cref="IPairRule.IsHit"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHit(char previous, char c) => ThaiDigits.IsDigit(c);

    /// <inheritdoc cref="IPairRule.Hits"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Hits<TLanes>(TLanes previous, TLanes c)
        where TLanes : struct, ILanes<TLanes> =>
        TLanes.InRange(c, '0', '9') | TLanes.InRange(c, '\u0E50', '\u0E59');
}
