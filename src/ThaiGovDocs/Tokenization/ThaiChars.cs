namespace ThaiGovDocs.Tokenization;

/// <summary>Character classes of the Thai block that label matching needs.</summary>
internal static class ThaiChars
{
    /// <summary>Tone marks and the marks OCR most often drops: ่ ้ ๊ ๋ ็ ์.</summary>
    public static bool IsDroppableMark(char c) => c is >= '\u0E47' and <= '\u0E4C';

    /// <summary>Marks that sit above or below a consonant and so cannot start a word.</summary>
    public static bool IsCombining(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    /// <summary>Thai consonants, vowels and marks: anything that continues a Thai word.</summary>
    public static bool IsThaiLetter(char c) => c is (>= '\u0E01' and <= '\u0E3A') or (>= '\u0E40' and <= '\u0E4E');

    /// <summary>White space inside a line, including the no-break and zero-width spaces OCR and PDFs emit.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\r' or '\f' or '\v' or '\u00A0' or '\u200B' or '\u3000';
}
