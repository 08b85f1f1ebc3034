using System.Text;

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
    /// <summary>The value with that damage mended; <paramref name="repaired"/> tells whether anything changed.</summary>
    public static string Clean(string value, out bool repaired)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!MayBeDamaged(value))
        {
            repaired = false;
            return value;
        }

        var text = new StringBuilder(value);
        repaired = false;

        for (int i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] == 'ฯ' && text[i + 1] == '.' && Text.ThaiChars.IsThaiLetter(text[i + 2]))
            {
                text[i + 1] = ' ';
                repaired = true;
            }
        }

        int end = text.Length;
        while (end > 1 && text[end - 1] == '.')
        {
            end--;
        }

        if (end < text.Length && text[end - 1] == ')')
        {
            text.Length = end;
            repaired = true;
        }

        if (TryFindEarlyClose(text, out int early))
        {
            text.Remove(early, 1);
            repaired = true;
        }

        if (MendPhoneGaps(text))
        {
            repaired = true;
        }

        return repaired ? text.ToString() : value;
    }

    /// <summary>Each repair needs <c>ฯ.</c> inside or a '.' or ')' at the end: nearly every value has none, and is not copied.</summary>
    private static bool MayBeDamaged(string value) =>
        value.EndsWith('.') || value.EndsWith(')') || value.Contains("ฯ.", StringComparison.Ordinal)
        || value.Contains(PhoneLabel, StringComparison.Ordinal);

    private const string PhoneLabel = "โทร";

    /// <summary>
    /// After each <c>โทร…</c> label (<c>โทร.</c>, <c>โทรสาร</c>, <c>โทร.ทหาร</c>), the dots among the number's digits become
    /// spaces, as do a label's extra dots; runs of spaces left behind are closed up.
    /// </summary>
    private static bool MendPhoneGaps(StringBuilder text)
    {
        bool changed = false;
        for (int label = IndexOf(text, PhoneLabel, 0); label >= 0; label = IndexOf(text, PhoneLabel, label + PhoneLabel.Length))
        {
            int i = label + PhoneLabel.Length;
            while (i < text.Length && (Text.ThaiChars.IsThaiLetterOrMark(text[i]) || text[i] == '/' || (text[i] == '.' && (i == 0 || text[i - 1] != '.'))))
            {
                i++;
            }

            // Dots doubled after the label (โทร..๐): the extra ones are leader.
            for (; i < text.Length && text[i] == '.'; i++)
            {
                text[i] = ' ';
                changed = true;
            }

            for (; i < text.Length && (Text.ThaiDigits.IsDigit(text[i]) || text[i] is ' ' or '.' or '-'); i++)
            {
                if (text[i] == '.' && i > 0 && Text.ThaiDigits.IsDigit(text[i - 1]))
                {
                    text[i] = ' ';
                    changed = true;
                }
            }
        }

        if (changed)
        {
            CloseUpSpaces(text);
        }

        return changed;
    }

    private static int IndexOf(StringBuilder text, string value, int from)
    {
        for (int i = from; i + value.Length <= text.Length; i++)
        {
            int k = 0;
            while (k < value.Length && text[i + k] == value[k])
            {
                k++;
            }

            if (k == value.Length)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One space where there were several; none before a closing parenthesis or at the end.</summary>
    private static void CloseUpSpaces(StringBuilder text)
    {
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' && (length == 0 || text[length - 1] == ' '))
            {
                continue;
            }

            if (c == ')' && length > 0 && text[length - 1] == ' ')
            {
                length--;
            }

            text[length++] = c;
        }

        while (length > 0 && text[length - 1] == ' ')
        {
            length--;
        }

        text.Length = length;
    }

    /// <summary>A value ending with ')' that has one ')' more than '(': the first ')' after the last '(' closed too early.</summary>
    private static bool TryFindEarlyClose(StringBuilder text, out int early)
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
