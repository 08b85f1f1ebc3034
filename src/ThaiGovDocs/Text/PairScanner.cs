using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThaiGovDocs.Text;

/// <summary>A test on a character and the one before it, written once per character and once per 16 characters.</summary>
internal interface IPairRule
{
    /// <summary>Whether <paramref name="c"/>, after <paramref name="previous"/> (<c>'\0'</c> at the start), is a hit.</summary>
    static abstract bool IsHit(char previous, char c);

    /// <summary>The same test on 16 positions: all bits set in the lanes that are hits.</summary>
    static abstract Vector256<ushort> Hits(Vector256<ushort> previous, Vector256<ushort> c);
}

/// <summary>Finds the first hit of an <see cref="IPairRule"/>: a vector of characters and the same vector shifted by one
/// decide 16 positions at once.</summary>
internal static class PairScanner
{
    /// <summary>The first index ≥ <paramref name="from"/> that is a hit, or the text's length.</summary>
    public static int Next<TRule>(ReadOnlySpan<char> text, int from)
        where TRule : IPairRule
    {
        int i = from;
        if (i == 0 && text.Length > 0)
        {
            if (TRule.IsHit('\0', text[0]))
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
                uint hits = TRule.Hits(previous, current).ExtractMostSignificantBits();
                if (hits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(hits);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (TRule.IsHit(text[i - 1], text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>low ≤ c ≤ high in each lane, as one unsigned comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> InRange(Vector256<ushort> c, char low, char high) =>
        Vector256.LessThanOrEqual(c - Vector256.Create((ushort)low), Vector256.Create((ushort)(high - low)));

    /// <summary>c == value in each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Is(Vector256<ushort> c, char value) => Vector256.Equals(c, Vector256.Create((ushort)value));
}
