using ThaiGovDocs.Dates;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// The parts of a rule's title (<c>ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้าง (ฉบับที่ ๒) พ.ศ. ๒๕๖๐</c>): the agency that
/// issues it, and after <c>ว่าด้วย</c> ("concerning") the matter it governs, which is its subject. The amendment number
/// and the year that close a title belong to neither.
/// </summary>
internal static class HeadingTitle
{
    /// <summary>"Concerning": what follows it is the rule's subject.</summary>
    public const string About = "ว่าด้วย";

    private const string AmendmentOpen = "(ฉบับที่";
    private const string Amendment = "ฉบับที่";

    /// <summary>The length of the agency at the start of a heading's value: up to <c>ว่าด้วย</c>, an amendment number or a
    /// year, trailing spaces left out.</summary>
    public static int AgencyLength(ReadOnlySpan<char> value)
    {
        int end = value.IndexOf(About, StringComparison.Ordinal);
        return TitleLength(end < 0 ? value : value[..end]);
    }

    /// <summary>Finds <c>ว่าด้วย</c> in <paramref name="text"/> and the matter after it: <paramref name="start"/> and
    /// <paramref name="length"/> in <paramref name="text"/>; false when there is none or nothing follows it.</summary>
    public static bool TryGetMatter(ReadOnlySpan<char> text, out int start, out int length)
    {
        length = 0;
        start = text.IndexOf(About, StringComparison.Ordinal);
        if (start >= 0)
        {
            start += About.Length;
        }
        else if (StartsWithAbout(text) is > 0 and int damaged)
        {
            start = damaged;
        }
        else
        {
            return false;
        }

        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        length = TitleLength(text[start..]);
        return length > 0;
    }

    /// <summary>The length of <c>ว่าด้วย</c> at the start of <paramref name="text"/>, its marks lost by OCR or not; else 0.</summary>
    public static int StartsWithAbout(ReadOnlySpan<char> text) => ThaiWords.MatchTolerant(text, About, maxDropped: 2);

    /// <summary>Whether a title's line only closes it: an amendment number or a year (<c>(ฉบับที่ ๓)</c>, <c>พ.ศ. ๒๕๖๖</c>).</summary>
    public static bool IsClosingLine(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.StartsWith(AmendmentOpen, StringComparison.Ordinal) || text.StartsWith(Amendment, StringComparison.Ordinal)
            || DateTokens.MatchEra(text, 0, out _) > 0;
    }

    /// <summary>The length of <paramref name="text"/> before a closing amendment number or year, trailing spaces left out.</summary>
    public static int TitleLength(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        int amendment = text.IndexOf(AmendmentOpen, StringComparison.Ordinal);
        if (amendment >= 0)
        {
            end = amendment;
        }

        for (int i = 0; i < end; i++)
        {
            if ((i == 0 || text[i - 1] == ' ') && DateTokens.MatchEra(text, i, out _) is > 0 and int era
                && DigitAfter(text, i + era))
            {
                end = i;
                break;
            }
        }

        return text[..end].TrimEnd().Length;
    }

    private static bool DigitAfter(ReadOnlySpan<char> text, int i)
    {
        int at = DateTokens.SkipGap(text, i);
        return at < text.Length && char.IsDigit(text[at]);
    }
}
