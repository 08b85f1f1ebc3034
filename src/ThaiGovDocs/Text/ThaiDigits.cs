using System.Buffers;

namespace ThaiGovDocs.Text;

/// <summary>Thai (U+0E50–U+0E59) and ASCII digit helpers; all culture-free.</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '\u0E50';

    /// <summary>Every ASCII and Thai digit, for fast scanning with <c>IndexOfAny</c>.</summary>
    public static SearchValues<char> Digits { get; } = SearchValues.Create("0123456789\u0E50\u0E51\u0E52\u0E53\u0E54\u0E55\u0E56\u0E57\u0E58\u0E59");

    /// <summary>Whether <paramref name="c"/> is one of ๐–๙.</summary>
    public static bool IsThaiDigit(char c) => c is >= '\u0E50' and <= '\u0E59';

    /// <summary>Whether <paramref name="c"/> is an ASCII or Thai digit.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || IsThaiDigit(c);

    /// <summary>The value 0–9 of an ASCII or Thai digit, or -1.</summary>
    public static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : IsThaiDigit(c) ? c - ThaiZero : -1;

    /// <summary>Copies <paramref name="text"/> with Thai digits replaced by ASCII ones.</summary>
    public static string ToAscii(ReadOnlySpan<char> text)
    {
        // Nothing to change: one copy, no scratch buffer.
        if (text.IndexOfAnyInRange('\u0E50', '\u0E59') < 0)
        {
            return text.ToString();
        }

        return string.Create(text.Length, text, static (destination, source) => CopyMapped(source, destination, toThai: false));
    }

    /// <summary>Writes <paramref name="source"/> to <paramref name="destination"/> with Thai digits replaced by ASCII ones.</summary>
    /// <returns>The number of characters written (always <c>source.Length</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int ToAscii(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            ThrowHelper.DestinationTooShort(nameof(destination));
        }

        CopyMapped(source, destination, toThai: false);
        return source.Length;
    }

    /// <summary>Copies <paramref name="text"/> with ASCII digits replaced by Thai ones (๐–๙).</summary>
    public static string ToThai(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('0', '9') < 0)
        {
            return text.ToString();
        }

        return string.Create(text.Length, text, static (destination, source) => CopyMapped(source, destination, toThai: true));
    }

    /// <summary>Parses a run of ASCII and/or Thai digits (no sign, no separators) into an integer.</summary>
    /// <returns>False on an empty run, a non-digit, or overflow.</returns>
    public static bool TryParseInt32(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        int result = 0;
        foreach (char c in digits)
        {
            int d = DigitValue(c);
            if (d < 0 || result > (int.MaxValue - d) / 10)
            {
                return false;
            }

            result = (result * 10) + d;
        }

        value = result;
        return true;
    }

    private static void CopyMapped(ReadOnlySpan<char> source, Span<char> destination, bool toThai)
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            destination[i] = toThai
                ? (char.IsAsciiDigit(c) ? (char)(c - '0' + ThaiZero) : c)
                : (IsThaiDigit(c) ? (char)(c - ThaiZero + '0') : c);
        }
    }
}
