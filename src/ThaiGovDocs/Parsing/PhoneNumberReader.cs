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

    // A run of lines repeats at most the last four digits of its first number.
    private const int MaxLineRangeDigits = 4;

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
        number = default;
        int i = start;
        bool international = false;
        if (text[i] == '(')
        {
            i++;
        }

        if (text[i] == '+')
        {
            international = true;
            i++;
        }

        // The number is read as a count of digits and its first two; the string is written only for a number found.
        int digitsStart = i;
        int count = 0;
        int first = -1;
        int second = -1;
        int target = 0;
        end = i;
        while (i < text.Length)
        {
            int groupStart = i;
            while (i < text.Length && ThaiDigits.IsDigit(text[i]))
            {
                if (count < 2)
                {
                    (count == 0 ? ref first : ref second) = ThaiDigits.DigitValue(text[i]);
                }

                count++;
                i++;
            }

            if (i == groupStart)
            {
                break;
            }

            end = i;
            if (target == 0 && !international && count >= 2 && first == 0)
            {
                // Thai numbering: mobiles (06, 08, 09) have ten digits, fixed lines nine.
                target = second is 6 or 8 or 9 ? 10 : 9;
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

        if (count < MinDigits || (target > 0 && count != target))
        {
            return false;
        }

        var groups = text[(international ? digitsStart - 1 : digitsStart)..end];
        string? extension = ReadExtension(text, ref end);
        number = new PhoneNumber(AsciiDigits(groups, count + (international ? 1 : 0)), extension, default);
        return true;
    }

    /// <summary>The digits of <paramref name="groups"/> (separators left out) as ASCII, with the '+' that opens an international number.</summary>
    private static string AsciiDigits(ReadOnlySpan<char> groups, int length) =>
        string.Create(length, groups, static (destination, source) =>
        {
            int at = 0;
            foreach (char c in source)
            {
                if (c == '+' || ThaiDigits.IsDigit(c))
                {
                    destination[at++] = c == '+' ? '+' : (char)('0' + ThaiDigits.DigitValue(c));
                }
            }
        });

    private static string? ReadExtension(ReadOnlySpan<char> text, ref int end)
    {
        int i = SkipInlineSpaces(text, SkipLineRange(text, end));

        var rest = text[i..];
        int markLength = ExtensionWordLength(rest) is > 0 and int word ? word
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

    /// <summary>The length of <c>ต่อ</c> ("extension") at the start of <paramref name="text"/>, whatever marks OCR put on or
    /// took off its ต (<c>ตอ</c>, <c>ตี่อ</c>); else 0.</summary>
    private static int ExtensionWordLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != 'ต')
        {
            return 0;
        }

        int i = 1;
        while (i < text.Length && i <= 2 && ThaiChars.IsCombiningMark(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == 'อ' ? i + 1 : 0;
    }

    /// <summary>Past the last digits of a run of lines printed after a full number (<c>๕๘๗๐-๓</c>: 5870 to 5873), where the
    /// extension may still follow; <paramref name="end"/> itself when there is none. The number kept is the run's first.</summary>
    private static int SkipLineRange(ReadOnlySpan<char> text, int end)
    {
        int i = SkipInlineSpaces(text, end);
        if (i == text.Length || text[i] is not ('-' or '–'))
        {
            return end;
        }

        i = SkipInlineSpaces(text, i + 1);

        int digits = RunLength(text, i);
        return digits is >= 1 and <= MaxLineRangeDigits ? i + digits : end;
    }

    private static int SkipInlineSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && ThaiChars.IsInlineSpace(text[i]))
        {
            i++;
        }

        return i;
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
