using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ThaiGovDocs.Text;

/// <summary>
/// <see cref="RepairOrNfcSiteScanner"/>'s rule for 32 characters at once by table lookup, where the CPU can look bytes up
/// in a 128-byte table (AVX-512 VBMI). The lane rule compares each lane with 18 ranges; this one looks up a class byte for
/// the character and one for the character before it, and compares only where a Thai class cannot tell: equal
/// neighbours, a space, and characters outside the Thai block. Half the vector instructions of the whole-bundle scan.
/// </summary>
/// <remarks><c>PairScannerWidthTests</c> checks it against <see cref="RepairOrNfcSiteScanner.IsHit"/> for every character.</remarks>
internal static class ThaiPairClasses
{
    // Class of a character (index: its offset in the Thai block; anything outside reads entry 0x7F, which is 0).
    private const byte MarkOrSaraAm = 1;     // ั, ำ … ฺ, ็ … ๎: a hit after a non-letter (table of the previous: NotLetter)
    private const byte BelowVowel = 2;       // ุ ู: a hit after a tone mark (previous: Tone)
    private const byte Phinthu = 4;          // ฺ: a hit after a tone mark or below vowel (previous: ToneOrBelow)
    private const byte Nikhahit = 8;         // ํ: always a hit (previous: Always)

    // Class of the character before, with the bits lined up against the ones above: one AND tests all four pairs.
    private const byte NotLetter = 1;        // not ก … ๎ (entry 0x7F, read for anything outside the block, has it)
    private const byte Tone = 2;             // ่ … ๋
    private const byte ToneOrBelow = 4;      // ่ … ๋, ุ ู
    private const byte Always = 8;
    private const byte LeadingVowel = 16;    // เ … ไ: a space after one is a hit

    private const int LeadingVowelShift = 11; // LeadingVowel (bit 4) to the sign bit
    private const int MarkShift = 15;         // MarkOrSaraAm (bit 0) to the sign bit

    private static readonly Vector512<byte> CharacterLow = Table(character: true, 0);
    private static readonly Vector512<byte> CharacterHigh = Table(character: true, 64);
    private static readonly Vector512<byte> PreviousLow = Table(character: false, 0);
    private static readonly Vector512<byte> PreviousHigh = Table(character: false, 64);

    /// <summary>Whether <see cref="Hits"/> can run here.</summary>
    public static bool IsSupported => Avx512Vbmi.IsSupported;

    /// <summary>Bit k set where lane k of <paramref name="c"/>, after lane k of <paramref name="previous"/>, is a repair site or NFC suspect.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hits(Vector512<ushort> previous, Vector512<ushort> c)
    {
        var last = Vector512.Create((ushort)0x7F);
        var offset = c - Vector512.Create((ushort)0x0E00);
        var previousOffset = previous - Vector512.Create((ushort)0x0E00);

        // Offsets past the block (and below it, which wrap around) read entry 0x7F; the high byte of each index is 0.
        var classes = Avx512Vbmi.PermuteVar64x8x2(CharacterLow, Vector512.Min(offset, last).AsByte(), CharacterHigh).AsUInt16();
        var previousClasses = Avx512Vbmi.PermuteVar64x8x2(PreviousLow, Vector512.Min(previousOffset, last).AsByte(), PreviousHigh).AsUInt16();

        var pairs = ~Vector512.Equals(classes & previousClasses, Vector512<ushort>.Zero);
        var doubledMark = Vector512.ShiftLeft(classes, MarkShift) & Vector512.Equals(previous, c);
        var spaceAfterLeadingVowel = Vector512.ShiftLeft(previousClasses, LeadingVowelShift) & Vector512.Equals(c, Vector512.Create((ushort)' '));

        // Outside the Thai block: \r, soft hyphen, zero-widths, and the NFC outsiders (U+0300 … U+1FFF but the block, U+2070 up).
        var outside = Vector512.Equals(c, Vector512.Create((ushort)'\r')) | Vector512.Equals(c, Vector512.Create((ushort)'\u00AD'))
            | InRange(c, '\u200B', '\u200D') | (InRange(c, '\u0300', '\u1FFF') & ~Vector512.LessThanOrEqual(offset, last))
            | InRange(c, '\u2070', '\uFFFF');
        return (pairs | doubledMark | spaceAfterLeadingVowel | outside).ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> InRange(Vector512<ushort> c, char low, char high) =>
        Vector512.LessThanOrEqual(c - Vector512.Create((ushort)low), Vector512.Create((ushort)(high - low)));

    private static Vector512<byte> Table(bool character, int first)
    {
        Span<byte> entries = stackalloc byte[64];
        for (int k = 0; k < entries.Length; k++)
        {
            char c = (char)('\u0E00' + first + k);
            entries[k] = character ? CharacterClass(c) : PreviousClass(c);
        }

        return Vector512.Create((ReadOnlySpan<byte>)entries);
    }

    private static byte CharacterClass(char c)
    {
        int bits = (ThaiChars.IsCombiningMark(c) || c == ThaiChars.SaraAm ? MarkOrSaraAm : 0)
            | (c is '\u0E38' or '\u0E39' ? BelowVowel : 0)
            | (c == '\u0E3A' ? Phinthu : 0)
            | (c == ThaiChars.Nikhahit ? Nikhahit : 0);
        return (byte)bits;
    }

    private static byte PreviousClass(char c)
    {
        int bits = (ThaiChars.IsThaiLetterOrMark(c) ? 0 : NotLetter)
            | (ThaiChars.IsToneMark(c) ? Tone | ToneOrBelow : 0)
            | (c is '\u0E38' or '\u0E39' ? ToneOrBelow : 0)
            | Always
            | (ThaiChars.IsLeadingVowel(c) ? LeadingVowel : 0);
        return (byte)bits;
    }
}
