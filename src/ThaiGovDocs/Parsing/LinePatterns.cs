using ThaiGovDocs.Dates;
using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>Shape tests on single lines: names in parentheses, ranks, unit names, item numbers, bare numbers and times.</summary>
internal static class LinePatterns
{
    /// <summary>เมื่อวันที่: "on the date", which dates an event in running text.</summary>
    private const string EventDateLabel = "เมื่อวันที่";

    private static readonly ThaiWordStarts UnitWords = new(
    [
        "สำนักงาน", "สำนัก", "กลุ่มงาน", "กลุ่ม", "กอง", "ฝ่าย", "กรม", "ศูนย์", "งาน", "แผนก", "ส่วน", "สถาบัน",
        "ศาลากลาง", "โรงเรียน", "วิทยาลัย", "มหาวิทยาลัย", "กระทรวง", "จังหวัด", "สถานี", "หน่วย", "ที่ทำการ", "องค์การ", "เทศบาล",
    ]);

    private static readonly ThaiWordStarts IssuerWords = new(["กรม", "กระทรวง", "จังหวัด", "มหาวิทยาลัย", "สถาบัน", "สำนักนายกรัฐมนตรี"]);

    private static readonly ThaiWordStarts BodyOpeners =
        new(["ด้วย", "ตามที่", "ตาม", "เนื่องด้วย", "เนื่องจาก", "อนุสนธิ", "ในการนี้", "บัดนี้", "โดยที่", "ข้าพเจ้า"]);

    // The parts of a meeting's minutes that follow its title, date and place: the record itself begins there.
    private static readonly ThaiWordStarts MeetingRecordOpeners =
        new(["ผู้มาประชุม", "ผู้เข้าประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุม", "ระเบียบวาระ"]);

    private static readonly string[] ActingForPhrases = ["ปฏิบัติราชการแทน", "รักษาราชการแทน", "ทำการแทน", "รักษาการแทน", "ปฏิบัติหน้าที่แทน"];

    private const string ActingForEnding = "แทน";

    /// <summary>A signature name: <c>(นายณัฐพล นิมมานพัชรินทร์)</c>; the closing parenthesis may be lost.</summary>
    public static bool TryGetParenthesizedName(ReadOnlySpan<char> line, out int innerStart, out int innerLength)
    {
        innerStart = 0;
        innerLength = 0;
        if (line.Length < 4 || line[0] is not ('(' or '（'))
        {
            return false;
        }

        int end = EndOfNameLine(line);
        if (line[end - 1] is ')' or '）')
        {
            end--;
        }

        var inner = line[1..end].Trim();
        if (inner.Length is < 3 or > 60 || inner.ContainsAny('(', ')'))
        {
            return false;
        }

        int thai = 0;
        int other = 0;
        foreach (char c in inner)
        {
            if (ThaiChars.IsThaiLetter(c))
            {
                thai++;
            }
            else if (c is not (' ' or '.'))
            {
                other++;
            }
        }

        // Names are Thai words; "(Local Smart City Report 2023)" and links are not, nor the "(ลงชื่อ)" of a copy's signature.
        if (thai < 3 || other > 0 || IsSigningWord(inner))
        {
            return false;
        }

        innerStart = line.IndexOf(inner[0]);
        innerLength = inner.Length;
        return true;
    }

    /// <summary>Where a name line ends: its closing parenthesis when only a little junk follows it (a mark or the
    /// signature's stroke read as <c>๔</c>, <c>-'</c>), else the line's end.</summary>
    private static int EndOfNameLine(ReadOnlySpan<char> line)
    {
        int close = line.LastIndexOfAny(')', '）');
        if (close < 0 || close == line.Length - 1)
        {
            return line.Length;
        }

        var after = line[(close + 1)..].Trim();
        return after.Length <= MaxJunkAfterName && !after.ContainsAnyInRange('ก', 'ฮ')
            && !after.ContainsAnyInRange('A', 'Z') && !after.ContainsAnyInRange('a', 'z')
            ? close + 1
            : line.Length;
    }

    // A scan's junk after a name is a character or two; a word after it is a position printed on the same line.
    private const int MaxJunkAfterName = 3;

    /// <summary>"Signed": what a copy prints where the original carries the signature (<c>(ลงชื่อ)</c>), not a name.</summary>
    private static bool IsSigningWord(ReadOnlySpan<char> inner)
    {
        var word = inner.TrimEnd('.').TrimEnd();
        return word.SequenceEqual("ลงชื่อ") || word.SequenceEqual("ลงนาม") || word.SequenceEqual("ลายมือชื่อ");
    }

    /// <summary>A rank printed alone before a signature: <c>พ.อ.</c>, <c>พล.ต.</c>, <c>น.อ.หญิง</c>, <c>ว่าที่ ร.ต.</c>.</summary>
    public static bool IsRank(ReadOnlySpan<char> line) => Ranks.IsRank(line);

    /// <summary>
    /// OCR noise: a line with no word of three or more letters (<c>ง at   y   2   a</c>, <c>ซ= al =</c>), read from a crest,
    /// a stamp or handwriting. Ranks (<c>พ.อ.</c>) are short too: test for them first.
    /// </summary>
    public static bool IsNoise(ReadOnlySpan<char> line)
    {
        int run = 0;
        foreach (char c in line)
        {
            if (ThaiChars.IsThaiLetter(c) || char.IsAsciiLetter(c))
            {
                if (++run >= 3)
                {
                    return false;
                }
            }
            else
            {
                run = 0;
            }
        }

        return true;
    }

    /// <summary>
    /// Specks of a scan read as letters (<c>มีว                    นอ</c>): bits of at most three characters, wide apart, and no
    /// figure. A field's real wrap is words or figures set with ordinary spaces (<c>กทม.</c>, <c>พ.ศ. ๒๕๖๘</c>).
    /// </summary>
    public static bool IsScatteredSpecks(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.IsEmpty || text.ContainsAny(ThaiDigits.Digits) || text.IndexOf(WideGap, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            if (text[range].Length > MaxSpeckLength)
            {
                return false;
            }
        }

        return true;
    }

    // Specks lie apart; words of a field are set a space or two from each other.
    private const string WideGap = "    ";
    private const int MaxSpeckLength = 3;

    /// <summary>
    /// A line OCR made of handwriting or a stamp beside a header field (<c>ี่ ๑44   2.   ท่   ช่ง</c>): it starts with a mark
    /// that has no letter to sit on, which typed Thai never does, and holds no word of three or more letters.
    /// </summary>
    public static bool IsOrphanMarkJunk(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        if (line.IsEmpty || !ThaiChars.IsCombiningMark(line[0]))
        {
            return false;
        }

        int run = 0;
        foreach (char c in line)
        {
            if (ThaiChars.IsCombiningMark(c))
            {
                continue;
            }

            run = ThaiChars.IsThaiLetter(c) || char.IsAsciiLetter(c) ? run + 1 : 0;
            if (run >= 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A rule printed under a heading: nothing but dashes, underscores, dots or similar.</summary>
    public static bool IsRule(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool StartsWithUnitWord(ReadOnlySpan<char> line) => UnitWords.IsStartOf(line);

    public static bool StartsWithIssuerWord(ReadOnlySpan<char> line) => IssuerWords.IsStartOf(line);

    /// <summary>Whether <paramref name="line"/> opens the record of a meeting's minutes (<c>ผู้มาประชุม</c>, <c>เริ่มประชุมเวลา…</c>, <c>ระเบียบวาระที่ ๑</c>).</summary>
    public static bool StartsMeetingRecord(ReadOnlySpan<char> line) => MeetingRecordOpeners.IsStartOf(line);

    public static bool StartsWithBodyOpener(ReadOnlySpan<char> line) =>
        BodyOpeners.IsStartOf(line) || TryReadItemNumber(line, out _, out _);

    /// <summary>Finds an acting-for phrase (<c>ปฏิบัติราชการแทน</c>…) in a position line.</summary>
    public static int IndexOfActingFor(ReadOnlySpan<char> line, out int phraseLength)
    {
        // Every phrase ends in แทน: one search rules out nearly every position line.
        if (!line.Contains(ActingForEnding, StringComparison.Ordinal))
        {
            phraseLength = 0;
            return -1;
        }

        foreach (var phrase in ActingForPhrases)
        {
            int at = line.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0)
            {
                phraseLength = phrase.Length;
                return at;
            }
        }

        phraseLength = 0;
        return -1;
    }

    /// <summary>Whether <paramref name="next"/> opens with the rest of an acting-for phrase that <paramref name="line"/> ends with the
    /// start of, the phrase wrapped inside itself (<c>… ปฏิบัติ</c> over <c>ราชการแทน</c>): the two are one position.</summary>
    public static bool ContinuesActingFor(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        var end = line.TrimEnd();
        var start = next.TrimStart();
        if (end.IsEmpty || start.IsEmpty)
        {
            return false;
        }

        foreach (var phrase in ActingForPhrases)
        {
            // Split after a whole word of the phrase (ปฏิบัติ|ราชการแทน, รักษา|ราชการแทน, ปฏิบัติ|หน้าที่แทน). The characters
            // either side of the cut rule out nearly every cut before the two span comparisons.
            for (int cut = MinActingForPart; cut <= phrase.Length - MinActingForPart; cut++)
            {
                if (end[^1] == phrase[cut - 1] && start[0] == phrase[cut]
                    && end.EndsWith(phrase.AsSpan(0, cut), StringComparison.Ordinal) && start.StartsWith(phrase.AsSpan(cut), StringComparison.Ordinal)
                    && (end.Length == cut || !ThaiChars.IsThaiLetter(end[^(cut + 1)])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MinActingForPart = 3;

    /// <summary>An item number at the start of a line: <c>๑.</c>, <c>2.</c>, <c>(๓)</c>, <c>๔)</c>.</summary>
    public static bool TryReadItemNumber(ReadOnlySpan<char> line, out int number, out int length)
    {
        number = 0;
        length = 0;
        int i = 0;
        bool open = i < line.Length && line[i] == '(';
        if (open)
        {
            i++;
        }

        int digitsStart = i;
        while (i < line.Length && i - digitsStart < 3 && ThaiDigits.IsDigit(line[i]))
        {
            number = number * 10 + ThaiDigits.DigitValue(line[i]);
            i++;
        }

        if (i == digitsStart || i >= line.Length)
        {
            return false;
        }

        // "๑." or "๑)" — but not "๑.๒" (a sub-item or a decimal) and not a date or amount.
        if (line[i] == ')' || (line[i] == '.' && (i + 1 >= line.Length || !ThaiDigits.IsDigit(line[i + 1]))))
        {
            i++;
        }
        else if (line[i] == ',' && i + 1 < line.Length && line[i + 1] == '.')
        {
            // "๒,." : OCR read a speck before the stop as a comma.
            i += 2;
        }
        else
        {
            return false;
        }

        while (i < line.Length && ThaiChars.IsInlineSpace(line[i]))
        {
            i++;
        }

        length = i;
        return true;
    }

    /// <summary>A line that is nothing but a number (a receipt number written alone): <c>7162</c>, <c>๒๓๖๙.</c>.</summary>
    public static bool TryReadBareNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var trimmed = text.Trim().TrimEnd('.');
        if (trimmed.Length is < 2 or > 7)
        {
            return false;
        }

        foreach (char c in trimmed)
        {
            if (!ThaiDigits.IsDigit(c))
            {
                return false;
            }
        }

        return ThaiDigits.TryParseInt32(trimmed, out value);
    }

    /// <summary>A number at the end of a line after some words: <c>ฝ่ายบริหารงานเลขานุการ 12919</c>.</summary>
    public static bool TryReadTrailingNumber(ReadOnlySpan<char> line, out int value, out int start)
    {
        value = 0;
        int end = line.Length;
        start = end;
        while (start > 0 && ThaiDigits.IsDigit(line[start - 1]))
        {
            start--;
        }

        if (end - start is < 2 or > 7 || start == 0 || !ThaiChars.IsInlineSpace(line[start - 1]))
        {
            return false;
        }

        return ThaiDigits.TryParseInt32(line[start..end], out value);
    }

    /// <summary>A year alone on a line, as a date cut at its line's end leaves it: <c>๒๕๖๗</c>, <c>พ.ศ. 2567</c>.</summary>
    public static bool IsLoneYear(ReadOnlySpan<char> line)
    {
        var text = line.Trim().TrimEnd('.');
        int era = DateTokens.MatchEra(text, 0, out _);
        int at = era > 0 ? DateTokens.SkipGap(text, era) : 0;
        int end = DateTokens.ReadNumber(text, at, out int year, out int digits);
        return digits == 4 && end == text.Length && year is (>= 2400 and <= 2700) or (>= 1900 and <= 2100);
    }

    /// <summary>Whether <paramref name="text"/>'s last word is a month name (<c>… ลงวันที่ ๒๐ ธันวาคม</c>): a date whose year went to the next line.</summary>
    public static bool EndsWithMonth(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        var word = trimmed[(trimmed.LastIndexOf(' ') + 1)..];
        return ThaiMonths.Match(word, out int length) != 0 && word[length..].Trim('.').IsEmpty;
    }

    /// <summary>Whether the whole line is a date (the date line of a letter): nothing but punctuation remains after it.</summary>
    public static bool IsDateOnly(ReadOnlySpan<char> line, out ThaiDateMatch match)
    {
        // เมื่อวันที่ ("on the date") is running text that OCR or a narrow column wrapped onto a line of its own, never a
        // letter's own date line.
        if (!ThaiDateParser.TryParse(line, out match) || ThaiWords.MatchTolerant(line.TrimStart(), EventDateLabel, maxDropped: 1) > 0)
        {
            return false;
        }

        foreach (char c in line[match.Span.End..])
        {
            if (!ThaiChars.IsInlineSpace(c) && c is not ('.' or ',' or ')'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A time alone on a line: <c>19.20.16</c>, <c>๑๖.๓๐ น.</c>.</summary>
    public static bool IsTimeOnly(ReadOnlySpan<char> line, out ThaiTimeMatch match)
    {
        match = default;
        return line.Length is > 0 and <= 20 && ThaiDigits.IsDigit(line[0])
            && ThaiDateParser.TryFindTime(line, out match) && match.Span.Start == 0 && line[match.Span.End..].Trim().Length <= 2;
    }
}
