using System.Buffers;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Repairs what the dotted leader line under a memo header field leaves in its value, in OCR output and in typed
/// copies alike: a leader dot read after <c>ฯ</c> where a space was (<c>พลฯ.โทร</c>), dots after the closing
/// parenthesis (<c>…๑๗๔๗).</c>), a parenthesis closed early and again at the end (<c>(…พลฯ) โทร. … ๑๗๔๗)</c>), and
/// dots read in the gaps of a phone number (<c>โทร..๐.๒๕๗๒.๑๗๔๗.</c>).
/// </summary>
/// <remarks>
/// <c>ฯ</c> is never followed by a full stop in Thai, and phone numbers in letters are grouped with spaces or hyphens,
/// never dots; abbreviation dots (<c>บก.ทท.</c>) are left alone.
/// </remarks>
internal static class LeaderDamage
{
    private const int StackChars = 256;

    /// <summary>The value with that damage mended; <paramref name="repaired"/> tells whether anything changed.</summary>
    public static string Clean(string value, out bool repaired)
    {
        ArgumentNullException.ThrowIfNull(value);
        var mended = MendPhoneGaps(MayBeDamaged(value) ? MendLeaderDots(value) : value);
        repaired = !ReferenceEquals(mended, value);
        return mended;
    }

    /// <summary>Each of these repairs needs <c>ฯ.</c> inside or a '.' or ')' at the end: nearly every value has none, and is not copied.</summary>
    private static bool MayBeDamaged(string value) =>
        value.EndsWith('.') || value.EndsWith(')') || value.Contains("ฯ.", StringComparison.Ordinal);

    /// <summary>A dot after <c>ฯ</c>, dots after the closing parenthesis, a parenthesis closed early; the same string when none.</summary>
    private static string MendLeaderDots(string value)
    {
        // Mended in a copy on the stack (a pooled one for a long value): the result is the one allocation, made only on a repair.
        char[]? rented = null;
        Span<char> text = value.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        value.CopyTo(text);
        int length = value.Length;
        bool repaired = false;

        for (int i = 0; i + 2 < length; i++)
        {
            if (text[i] == 'ฯ' && text[i + 1] == '.' && Text.ThaiChars.IsThaiLetter(text[i + 2]))
            {
                text[i + 1] = ' ';
                repaired = true;
            }
        }

        int end = length;
        while (end > 1 && text[end - 1] == '.')
        {
            end--;
        }

        if (end < length && text[end - 1] == ')')
        {
            length = end;
            repaired = true;
        }

        if (TryFindEarlyClose(text[..length], out int early))
        {
            text[(early + 1)..length].CopyTo(text[early..]);
            length--;
            repaired = true;
        }

        string result = repaired ? new string(text[..length]) : value;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private const string PhoneLabel = "โทร";

    /// <summary>
    /// After each <c>โทร…</c> label (<c>โทร.</c>, <c>โทรสาร</c>, <c>โทร.ทหาร</c>), the dots among the number's digits become
    /// spaces, as do a label's extra dots; the spaces left behind are collapsed. The same string when there are none.
    /// </summary>
    private static string MendPhoneGaps(string value)
    {
        char[]? text = null;
        for (int label = value.IndexOf(PhoneLabel, StringComparison.Ordinal); label >= 0;
             label = value.IndexOf(PhoneLabel, label + PhoneLabel.Length, StringComparison.Ordinal))
        {
            int i = label + PhoneLabel.Length;
            while (i < value.Length && (Text.ThaiChars.IsThaiLetterOrMark(value[i]) || value[i] == '/' || (value[i] == '.' && value[i - 1] != '.')))
            {
                i++;
            }

            // Dots doubled after the label (โทร..๐): the extra ones are leader.
            for (; i < value.Length && value[i] == '.'; i++)
            {
                (text ??= value.ToCharArray())[i] = ' ';
            }

            for (; i < value.Length && (Text.ThaiDigits.IsDigit(value[i]) || value[i] is ' ' or '.' or '-'); i++)
            {
                if (value[i] == '.' && Text.ThaiDigits.IsDigit(value[i - 1]))
                {
                    (text ??= value.ToCharArray())[i] = ' ';
                }
            }
        }

        return text is null ? value : FieldText.Collapse(text).Replace(" )", ")", StringComparison.Ordinal);
    }

    /// <summary>A value ending with ')' that has one ')' more than '(': the first ')' after the last '(' closed too early.</summary>
    private static bool TryFindEarlyClose(ReadOnlySpan<char> text, out int early)
    {
        early = -1;
        if (text.Length == 0 || text[^1] != ')')
        {
            return false;
        }

        int open = 0, close = 0, lastOpen = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                open++;
                lastOpen = i;
            }
            else if (text[i] == ')')
            {
                close++;
            }
        }

        if (lastOpen < 0 || close != open + 1)
        {
            return false;
        }

        for (int i = lastOpen + 1; i < text.Length - 1; i++)
        {
            if (text[i] == ')')
            {
                early = i;
                return true;
            }
        }

        return false;
    }
}
