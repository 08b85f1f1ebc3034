using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThaiGovDocs.Text;

/// <summary>A test on a character and the one before it, written once per character and once for a vector of them.</summary>
internal interface IPairRule
{
    /// <summary>Whether <paramref name="c"/>, after <paramref name="previous"/> (<c>'\0'</c> at the start), is a hit.</summary>
    static abstract bool IsHit(char previous, char c);

    /// <summary>The same test on every lane: all bits set in the lanes that are hits.</summary>
    static abstract TLanes Hits<TLanes>(TLanes previous, TLanes c)
        where TLanes : struct, ILanes<TLanes>;
}

/// <summary>Finds the first hit of an <see cref="IPairRule"/>: a vector of characters and the same vector shifted by one
/// decide 32 positions at once (16 near the end, or where the CPU has no 512-bit vectors).</summary>
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

        // Bundles are tens of thousands of characters: twice the lanes per step halves the scan on CPUs with AVX-512.
        if (Vector512.IsHardwareAccelerated && text.Length - i >= Vector512<ushort>.Count)
        {
            if (TryFindWide<TRule>(text, ref i))
            {
                return i;
            }
        }

        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (Vector256.IsHardwareAccelerated)
        {
            int lastVector = text.Length - Vector256<ushort>.Count;
            for (; i <= lastVector; i += Vector256<ushort>.Count)
            {
                var current = new Lanes256(Vector256.LoadUnsafe(ref start, (nuint)i));
                var previous = new Lanes256(Vector256.LoadUnsafe(ref start, (nuint)(i - 1)));
                uint hits = TRule.Hits(previous, current).Value.ExtractMostSignificantBits();
                if (hits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(hits);
                }
            }

            // The last few characters: one vector ending at the text's end, its lanes before i dropped, instead of a
            // scalar loop (most scans are of one line, so this tail is a large part of each).
            if (i < text.Length && lastVector >= 1)
            {
                var current = new Lanes256(Vector256.LoadUnsafe(ref start, (nuint)lastVector));
                var previous = new Lanes256(Vector256.LoadUnsafe(ref start, (nuint)(lastVector - 1)));
                uint hits = TRule.Hits(previous, current).Value.ExtractMostSignificantBits() >> (i - lastVector);
                return hits != 0 ? i + BitOperations.TrailingZeroCount(hits) : text.Length;
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

    /// <summary>Moves <paramref name="i"/> 32 lanes at a time to the first hit (true), or to where fewer than 32 characters are left.</summary>
    /// <remarks>Not inlined: the rule's vector test is large, and inlined twice into one method it outgrows the JIT's
    /// inlining budget, which then calls it instead (its vectors passed through memory).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryFindWide<TRule>(ReadOnlySpan<char> text, ref int i)
        where TRule : IPairRule
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int lastWide = text.Length - Vector512<ushort>.Count;
        int at = i;
        for (; at <= lastWide; at += Vector512<ushort>.Count)
        {
            var current = Vector512.LoadUnsafe(ref start, (nuint)at);
            var previous = Vector512.LoadUnsafe(ref start, (nuint)(at - 1));
            // The whole-bundle repair scan looks classes up where it can (typeof folds: TRule is a struct).
            ulong hits = typeof(TRule) == typeof(RepairOrNfcSiteScanner) && ThaiPairClasses.IsSupported
                ? ThaiPairClasses.Hits(previous, current)
                : TRule.Hits(new Lanes512(previous), new Lanes512(current)).Value.ExtractMostSignificantBits();
            if (hits != 0)
            {
                i = at + BitOperations.TrailingZeroCount(hits);
                return true;
            }
        }

        i = at;
        return false;
    }
}
