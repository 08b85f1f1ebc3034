using System.Buffers;
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

    // Room on the stack for the digits of any candidate on a contact line (a longer stretch borrows an array).
    private const int DigitBufferLength = 128;

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
            // The words are tried only where one can start: four comparisons at every character were most of this loop.
            if (MayStartWord(text[i]) && TrySwitchTarget(text[i..], ref target))
            {
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

    private static bool MayStartWord(char c) => c == 'โ' || (c | 0x20) is 'f' or 't';

    /// <summary>At <c>โทรสาร</c>/<c>Fax</c>, <c>โทร</c>/<c>Tel</c> (or <c>โทร./โทรสาร</c>), the target the numbers after it go to.</summary>
    private static bool TrySwitchTarget(ReadOnlySpan<char> rest, ref Target target)
    {
        if (rest.StartsWith("โทรสาร", StringComparison.Ordinal) || rest.StartsWith("Fax", StringComparison.OrdinalIgnoreCase))
        {
            target = Target.Fax;
            return true;
        }

        if (rest.StartsWith("โทร", StringComparison.Ordinal) || rest.StartsWith("Tel", StringComparison.OrdinalIgnoreCase))
        {
            target = rest.StartsWith("โทร./โทรสาร", StringComparison.Ordinal) || rest.StartsWith("โทร/โทรสาร", StringComparison.Ordinal)
                ? Target.Both
                : Target.Phone;
            return true;
        }

        return false;
    }

    private static bool StartsNumber(ReadOnlySpan<char> text, int i) =>
        (ThaiDigits.IsDigit(text[i]) && (i == 0 || !ThaiDigits.IsDigit(text[i - 1]) && text[i - 1] != '.'))
        || (text[i] == '+' && i + 1 < text.Length && ThaiDigits.IsDigit(text[i + 1]))
        || (text[i] == '(' && i + 1 < text.Length && text[i + 1] == '+');

    private static bool TryRead(ReadOnlySpan<char> text, int start, out PhoneNumber number, out int end)
    {
        // Each character read adds at most one digit. Most candidates fail, and then nothing is allocated.
        int bound = text.Length - start + 1;
        if (bound <= DigitBufferLength)
        {
            return TryRead(text, start, stackalloc char[DigitBufferLength], out number, out end);
        }

        var rented = ArrayPool<char>.Shared.Rent(bound);
        bool found = TryRead(text, start, rented, out number, out end);
        ArrayPool<char>.Shared.Return(rented);
        return found;
    }

    private static bool TryRead(ReadOnlySpan<char> text, int start, Span<char> digits, out PhoneNumber number, out int end)
    {
        number = default;
        int length = 0;
        int i = start;
        bool international = false;
        if (text[i] == '(')
        {
            i++;
        }

        if (text[i] == '+')
        {
            international = true;
            digits[length++] = '+';
            i++;
        }

        int target = 0;
        end = i;
        while (i < text.Length)
        {
            int groupStart = i;
            while (i < text.Length && ThaiDigits.IsDigit(text[i]))
            {
                digits[length++] = (char)('0' + ThaiDigits.DigitValue(text[i]));
                i++;
            }

            if (i == groupStart)
            {
                break;
            }

            end = i;
            int count = international ? length - 1 : length;
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

        int total = international ? length - 1 : length;
        if (total < MinDigits || (target > 0 && total != target))
        {
            return false;
        }

        string? extension = ReadExtension(text, ref end);
        number = new PhoneNumber(new string(digits[..length]), extension, default);
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

        // Only digits are kept (a ',' or '-' ends the extension): the extension is the run of digits here.
        int digitsStart = i;
        while (i < text.Length && ThaiDigits.IsDigit(text[i]))
        {
            i++;
        }

        if (i == digitsStart)
        {
            return null;
        }

        end = i;
        return string.Create(i - digitsStart, text[digitsStart..i], static (destination, source) =>
        {
            for (int k = 0; k < source.Length; k++)
            {
                destination[k] = (char)('0' + ThaiDigits.DigitValue(source[k]));
            }
        });
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

}
