using System.Text;
using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Reads the telephone and fax numbers of a contact line: <c>๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๒๑๒</c>, <c>(+๘๒) ๒ ๗๒๐ ๒๙๓๑</c>,
/// <c>โทร. ๐ ๗๔๓๑ ๖๔๗๙ โทรสาร ๐ ๗๔๓๑ ๖๔๗๙</c>, as national ASCII digits with the extension apart.
/// </summary>
internal static class PhoneNumberReader
{
    private const int MinDigits = 5;
    private const int MaxInternationalDigits = 15;

    /// <summary>Which list the numbers of a stretch of text belong to.</summary>
    public enum Target
    {
        Phone,
        Fax,
        Both,
    }

    /// <summary>Reads every number in <paramref name="text"/>, switching between phone and fax at the words <c>โทร</c> and <c>โทรสาร</c>.</summary>
    public static void ReadAll(ReadOnlySpan<char> text, int offset, Target target, List<PhoneNumber> phones, List<PhoneNumber> faxes)
    {
        int i = 0;
        while (i < text.Length)
        {
            var rest = text[i..];
            if (rest.StartsWith("โทรสาร", StringComparison.Ordinal) || rest.StartsWith("Fax", StringComparison.OrdinalIgnoreCase))
            {
                target = Target.Fax;
                i += 3;
                continue;
            }

            if (rest.StartsWith("โทร", StringComparison.Ordinal) || rest.StartsWith("Tel", StringComparison.OrdinalIgnoreCase))
            {
                target = rest.StartsWith("โทร./โทรสาร", StringComparison.Ordinal) || rest.StartsWith("โทร/โทรสาร", StringComparison.Ordinal)
                    ? Target.Both
                    : Target.Phone;
                i += 3;
                continue;
            }

            if (StartsNumber(text, i) && TryRead(text, i, out var number, out int end))
            {
                var found = number with { Span = new TextSpan(offset + i, end - i) };
                if (target is Target.Phone or Target.Both)
                {
                    phones.Add(found);
                }

                if (target is Target.Fax or Target.Both)
                {
                    faxes.Add(found);
                }

                i = end;
                continue;
            }

            i++;
        }
    }

    private static bool StartsNumber(ReadOnlySpan<char> text, int i) =>
        (ThaiDigits.IsDigit(text[i]) && (i == 0 || !ThaiDigits.IsDigit(text[i - 1]) && text[i - 1] != '.'))
        || (text[i] == '+' && i + 1 < text.Length && ThaiDigits.IsDigit(text[i + 1]))
        || (text[i] == '(' && i + 1 < text.Length && text[i + 1] == '+');

    private static bool TryRead(ReadOnlySpan<char> text, int start, out PhoneNumber number, out int end)
    {
        number = default;
        var digits = new StringBuilder(16);
        int i = start;
        bool international = false;
        if (text[i] == '(')
        {
            i++;
        }

        if (text[i] == '+')
        {
            international = true;
            digits.Append('+');
            i++;
        }

        int target = 0;
        end = i;
        while (i < text.Length)
        {
            int groupStart = i;
            while (i < text.Length && ThaiDigits.IsDigit(text[i]))
            {
                digits.Append((char)('0' + ThaiDigits.DigitValue(text[i])));
                i++;
            }

            if (i == groupStart)
            {
                break;
            }

            end = i;
            int count = CountDigits(digits);
            if (target == 0 && !international && count >= 2 && digits[0] == '0')
            {
                // Thai numbering: mobiles (06, 08, 09) have ten digits, fixed lines nine.
                target = digits[1] is '6' or '8' or '9' ? 10 : 9;
            }

            if ((target > 0 && count >= target) || count >= MaxInternationalDigits)
            {
                break;
            }

            // Groups are separated by one space or dash; "(+๘๒) ๒" also closes a country code.
            int next = i;
            if (next < text.Length && text[next] == ')')
            {
                next++;
            }

            if (next < text.Length && text[next] is ' ' or '-' or '\u00A0')
            {
                next++;
                if (next < text.Length && text[next] == ' ')
                {
                    next++;
                }
            }

            if (next == i || next >= text.Length || !ThaiDigits.IsDigit(text[next]))
            {
                break;
            }

            // A group that would overshoot a fixed-length national number starts the next number.
            if (target > 0 && count + RunLength(text, next) > target)
            {
                break;
            }

            i = next;
        }

        int total = CountDigits(digits);
        if (total < MinDigits || (target > 0 && total != target))
        {
            return false;
        }

        string? extension = ReadExtension(text, ref end);
        number = new PhoneNumber(digits.ToString(), extension, default);
        return true;
    }

    private static string? ReadExtension(ReadOnlySpan<char> text, ref int end)
    {
        int i = end;
        while (i < text.Length && ThaiChars.IsInlineSpace(text[i]))
        {
            i++;
        }

        var rest = text[i..];
        int markLength = rest.StartsWith("ต่อ", StringComparison.Ordinal) ? 3
            : rest.StartsWith("Ext.", StringComparison.OrdinalIgnoreCase) ? 4
            : rest.StartsWith("Ext", StringComparison.OrdinalIgnoreCase) ? 3
            : rest.StartsWith("#", StringComparison.Ordinal) ? 1
            : 0;
        if (markLength == 0)
        {
            return null;
        }

        i += markLength;
        while (i < text.Length && (ThaiChars.IsInlineSpace(text[i]) || text[i] == '.'))
        {
            i++;
        }

        var ext = new StringBuilder();
        while (i < text.Length && (ThaiDigits.IsDigit(text[i]) || (text[i] is ',' or '-' && i + 1 < text.Length && ThaiDigits.IsDigit(text[i + 1]))))
        {
            if (ThaiDigits.IsDigit(text[i]))
            {
                ext.Append((char)('0' + ThaiDigits.DigitValue(text[i])));
            }
            else
            {
                break;
            }

            i++;
        }

        if (ext.Length == 0)
        {
            return null;
        }

        end = i;
        return ext.ToString();
    }

    private static int RunLength(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && ThaiDigits.IsDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static int CountDigits(StringBuilder digits) => digits.Length > 0 && digits[0] == '+' ? digits.Length - 1 : digits.Length;
}
