using System.Runtime.CompilerServices;

namespace ThaiGovDocs.Text;

/// <summary>Character classes of the Thai script that repairs and parsers need.</summary>
/// <remarks>Inlined: they sit in per-character loops, and some are too long for the JIT to inline on its own.</remarks>
internal static class ThaiChars
{
    /// <summary>ํ (nikhahit): half of a decomposed ำ in many PDF text layers.</summary>
    public const char Nikhahit = '\u0E4D';

    /// <summary>า (sara aa).</summary>
    public const char SaraAa = '\u0E32';

    /// <summary>ำ (sara am).</summary>
    public const char SaraAm = '\u0E33';

    /// <summary>Above/below vowels and tone/diacritic marks: they sit on a consonant and can never start a cluster.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCombiningMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    /// <summary>Marks written above a letter: ั ิ ี ึ ื ็, the tone marks, ์ and ํ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAboveMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E37') or (>= '\u0E47' and <= '\u0E4D');

    /// <summary>Tone marks ่ ้ ๊ ๋.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4B';

    /// <summary>เ แ โ ใ ไ: written before the consonant, so a word never ends with one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    /// <summary>ก–ฮ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    /// <summary>Any Thai letter, vowel or mark (not digits or ฯ-style punctuation at the end of the block).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsThaiLetterOrMark(char c) => c is >= '\u0E01' and <= '\u0E4E';

    /// <summary>Invisible characters OCR and PDF extraction leave behind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    /// <summary>Space or tab (not line breaks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHorizontalSpace(char c) => c is ' ' or '\t' or '\u00A0';

    /// <summary>Tone marks and the marks OCR most often drops: ่ ้ ๊ ๋ ็ ์.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDroppableMark(char c) => c is >= '\u0E47' and <= '\u0E4C';

    /// <summary>Thai consonants, vowels and marks: anything that continues a Thai word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsThaiLetter(char c) => c is (>= '\u0E01' and <= '\u0E3A') or (>= '\u0E40' and <= '\u0E4E');

    /// <summary>White space inside a line, including the no-break and zero-width spaces OCR and PDFs emit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\r' or '\f' or '\v' or '\u00A0' or '\u200B' or '\u3000';
}
