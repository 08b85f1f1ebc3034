// PLACEHOLDER: replaced by the text-primitives work (helper branch text-core).
namespace ThaiGovDocs.Text;

/// <summary>Thai (U+0E50–U+0E59) and ASCII digit helpers.</summary>
public static class ThaiDigits
{
    /// <summary>Whether <paramref name="c"/> is one of ๐–๙.</summary>
    public static bool IsThaiDigit(char c) => c is >= '\u0E50' and <= '\u0E59';

    /// <summary>Whether <paramref name="c"/> is an ASCII or Thai digit.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || IsThaiDigit(c);

    /// <summary>The value 0–9 of an ASCII or Thai digit, or -1.</summary>
    public static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : IsThaiDigit(c) ? c - '\u0E50' : -1;

    /// <summary>Copies <paramref name="text"/> with Thai digits replaced by ASCII ones.</summary>
    public static string ToAscii(ReadOnlySpan<char> text) => string.Create(text.Length, text.ToString(), static (d, s) => { for (int i = 0; i < s.Length; i++) { d[i] = IsThaiDigit(s[i]) ? (char)(s[i] - '\u0E50' + '0') : s[i]; } });

    /// <summary>ASCII and Thai digits.</summary>
    public static System.Buffers.SearchValues<char> Digits { get; } = System.Buffers.SearchValues.Create("0123456789๐๑๒๓๔๕๖๗๘๙");

    /// <summary>Parses a run of ASCII and/or Thai digits (no sign, no separators) into an integer; false on overflow or non-digits.</summary>
    public static bool TryParseInt32(ReadOnlySpan<char> digits, out int value) { value = 0; if (digits.IsEmpty) return false; long v = 0; foreach (char c in digits) { int d = DigitValue(c); if (d < 0) return false; v = v * 10 + d; if (v > int.MaxValue) return false; } value = (int)v; return true; }
}
