using ThaiGovDocs.Dates;
using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>A receipt stamp found in the text and the lines it covers (agency lines included).</summary>
internal sealed record StampBlock(int FirstLine, int LastLine, ReceiptStamp Stamp);

/// <summary>
/// Finds receipt stamps (ตรารับ): runs of lines carrying stamp fields — <c>เลขรับ</c>/<c>รับที่</c> numbers,
/// <c>วันที่</c> dates, <c>เวลา</c> times, bare numbers and times — with the agency lines printed above them.
/// </summary>
/// <remarks>A memo's own <c>วันที่</c> line is not a stamp: a run needs a receipt number, or a date together with a time or a bare number.</remarks>
internal static class StampFinder
{
    private const int MaxAgencyLines = 2;
    private const int MaxAgencyLength = 70;

    /// <summary>Longest word taken for a damaged <c>วันที่</c> (its six code points).</summary>
    private const int MaxDamagedLabelLength = 6;

    [Flags]
    private enum Fields
    {
        None = 0,
        Number = 1,
        WeakNumber = 2,
        Date = 4,
        Time = 8,
    }

    public static List<StampBlock> Find(LineTable lines)
    {
        var blocks = new List<StampBlock>();
        int i = 0;
        while (i < lines.Count)
        {
            // Each line is classified once: the first line of a run is not read again by the run's loop.
            var all = FieldsOf(lines, i);
            int first = i++;
            if (all == Fields.None)
            {
                continue;
            }

            while (i < lines.Count && FieldsOf(lines, i) is var f && f != Fields.None)
            {
                all |= f;
                i++;
            }

            bool isStamp = all.HasFlag(Fields.Number)
                || (all.HasFlag(Fields.Date) && (all.HasFlag(Fields.Time) || all.HasFlag(Fields.WeakNumber)));
            if (isStamp)
            {
                blocks.Add(Read(lines, first, i - 1));
            }
        }

        return blocks;
    }

    private static Fields FieldsOf(LineTable lines, int index)
    {
        ref readonly var line = ref lines[index];
        if (line.IsBlank)
        {
            return Fields.None;
        }

        switch (line.Label)
        {
            case LabelKind.ReceiptNumber:
                return DigitScanner.IndexOfDigit(lines.ValueOf(line)) >= 0 ? Fields.Number : Fields.WeakNumber;
            case LabelKind.Date:
                return ThaiDateParser.TryFind(lines.ValueOf(line), out _) ? Fields.Date : Fields.None;
            case LabelKind.Time:
                return Fields.Time;
            case LabelKind.None:
                break;
            default:
                return Fields.None;
        }

        var text = lines.TextOf(line);
        if (DigitScanner.IndexOfDigit(text) < 0)
        {
            // Every field below but a trailing เวลา is made of digits: one vector scan settles most lines of a letter.
            return text.Length <= MaxAgencyLength && EndsWithTimeLabel(text) ? Fields.Time : Fields.None;
        }

        if (LinePatterns.TryReadBareNumber(text, out _))
        {
            return Fields.WeakNumber;
        }

        if (LinePatterns.IsTimeOnly(text, out _))
        {
            return Fields.Time;
        }

        // A stamp's date written alone in figures (๑๗/๐๕/๒๕๖๘), its label lost: letters print their own dates with month names.
        // A misread day or month (๖๗/๐๕/๒๕๖๘) still makes the line a stamp's date field; Read finds no date in it.
        if (text.Contains('/') && (LinePatterns.IsDateOnly(text, out _) || IsSlashDateShape(text) || IsSlashDateAfterDamagedLabel(text)))
        {
            return Fields.Date;
        }

        // Stamp fields printed after routing words on the same line ("ฝ่ายนิติการ วันที่ 21 มิ.ย. 2567", "ฝ่ายป้องกันฯ เวลา").
        if (text.Length <= MaxAgencyLength)
        {
            int dateLabel = text.IndexOf(" วันที่", StringComparison.Ordinal);
            if (dateLabel > 0 && ThaiDateParser.TryFind(text[dateLabel..], out _))
            {
                return Fields.Date;
            }

            if (EndsWithTimeLabel(text))
            {
                return Fields.Time;
            }

            if (LinePatterns.TryReadTrailingNumber(text, out _, out _))
            {
                return Fields.WeakNumber;
            }
        }

        return Fields.None;
    }

    /// <summary>Figures in the shape of a stamp's date alone on a line: 1–2, 1–2 and 2–4 digits joined by slashes.</summary>
    private static bool IsSlashDateShape(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        Span<int> lengths = stackalloc int[3];
        int group = 0;
        foreach (char c in text)
        {
            if (c == '/')
            {
                if (++group > 2)
                {
                    return false;
                }
            }
            else if (ThaiDigits.IsDigit(c))
            {
                lengths[group]++;
            }
            else
            {
                return false;
            }
        }

        return group == 2 && lengths[0] is 1 or 2 && lengths[1] is 1 or 2 && lengths[2] is >= 2 and <= 4;
    }

    /// <summary>
    /// A stamp's date in figures after a word no longer than <c>วันที่</c> that is not one (<c>ันที่ ๓/๑๑/๒๕๖๘</c>): the label's thin
    /// strokes are the first a coloured stamp loses, to light ink or to the print it lies on.
    /// </summary>
    private static bool IsSlashDateAfterDamagedLabel(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        int space = text.IndexOf(' ');
        if (space <= 0 || space > MaxDamagedLabelLength || DigitScanner.IndexOfDigit(text[..space]) >= 0)
        {
            return false;
        }

        return IsSlashDateShape(text[(space + 1)..]);
    }

    private static bool EndsWithTimeLabel(ReadOnlySpan<char> text) => text.EndsWith(" เวลา", StringComparison.Ordinal);

    private static StampBlock Read(LineTable lines, int first, int last)
    {
        Field<int>? number = null;
        Field<int>? weakNumber = null;
        Field<DateOnly>? date = null;
        Field<TimeOnly>? time = null;
        bool hasSeconds = false;
        for (int i = first; i <= last; i++)
        {
            ref readonly var line = ref lines[i];
            var text = lines.TextOf(line);
            var value = lines.ValueOf(line);
            if (line.Label == LabelKind.ReceiptNumber && number is null && TryReadFirstNumber(value, out int n, out var at))
            {
                number = new Field<int>(n, new TextSpan(line.ValueSpan.Start + at.Start, at.Length), line.Tolerant ? 0.8f : 1f);
            }
            else if (weakNumber is null && line.Label == LabelKind.None && LinePatterns.TryReadTrailingNumber(text, out int w, out int wStart))
            {
                weakNumber = new Field<int>(w, TextSpan.FromBounds(line.Span.Start + wStart, line.Span.End), 0.6f);
            }
            else if (weakNumber is null && line.Label == LabelKind.None && LinePatterns.TryReadBareNumber(text, out int b))
            {
                weakNumber = new Field<int>(b, line.Span, 0.6f);
            }

            if (date is null && (line.Label == LabelKind.Date || line.Label == LabelKind.None)
                && ThaiDateParser.TryFind(text, out var d) && d.Date is { } day)
            {
                date = new Field<DateOnly>(day, new TextSpan(line.Span.Start + d.Span.Start, d.Span.Length), 0.9f);
            }

            if (time is null && (line.Label == LabelKind.Time || line.Label == LabelKind.None)
                && ThaiDateParser.TryFindTime(line.Label == LabelKind.Time ? value : text, out var t))
            {
                int baseOffset = line.Label == LabelKind.Time ? line.ValueSpan.Start : line.Span.Start;
                time = new Field<TimeOnly>(t.Time, new TextSpan(baseOffset + t.Span.Start, t.Span.Length), 0.9f);
                hasSeconds = t.HasSeconds;
            }
        }

        int agencyFirst = AgencyStart(lines, first);
        Field<string>? agency = null;
        if (agencyFirst < first)
        {
            var span = TextSpan.FromBounds(lines[agencyFirst].Span.Start, lines[first - 1].Span.End);
            agency = new Field<string>(JoinLines(lines, agencyFirst, first - 1), span, 0.7f);
        }

        var stamp = new ReceiptStamp
        {
            Agency = agency,
            Number = number ?? weakNumber,
            Date = date,
            Time = time,
            TimeHasSeconds = hasSeconds,
            Span = TextSpan.FromBounds(lines[agencyFirst].Span.Start, lines[last].Span.End),
        };
        return new StampBlock(agencyFirst, last, stamp);
    }

    /// <summary>The agency is printed on the lines right above the fields, with no blank line between.</summary>
    private static int AgencyStart(LineTable lines, int first)
    {
        int start = first;
        while (start > 0 && first - start < MaxAgencyLines)
        {
            ref readonly var above = ref lines[start - 1];
            if (above.IsBlank || above.HasLabel || above.Span.Length > MaxAgencyLength
                || LinePatterns.TryGetParenthesizedName(lines.TextOf(above), out _, out _))
            {
                break;
            }

            start--;
        }

        return start;
    }

    private static bool TryReadFirstNumber(ReadOnlySpan<char> value, out int number, out TextSpan at)
    {
        number = 0;
        at = default;
        int start = DigitScanner.IndexOfDigit(value);
        if (start < 0)
        {
            return false;
        }

        int end = start;
        while (end < value.Length && ThaiDigits.IsDigit(value[end]))
        {
            end++;
        }

        at = TextSpan.FromBounds(start, end);
        return ThaiDigits.TryParseInt32(value[start..end], out number);
    }

    /// <summary>The non-blank lines first..last joined with spaces, built in one allocation.</summary>
    internal static string JoinLines(LineTable lines, int first, int last)
    {
        int length = -1;
        for (int i = first; i <= last; i++)
        {
            if (!lines[i].IsBlank)
            {
                length += lines[i].Span.Length + 1;
            }
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        return string.Create(length, (lines, first, last), static (destination, state) =>
        {
            int at = 0;
            for (int i = state.first; i <= state.last; i++)
            {
                ref readonly var line = ref state.lines[i];
                if (line.IsBlank)
                {
                    continue;
                }

                if (at > 0)
                {
                    destination[at++] = ' ';
                }

                state.lines.TextOf(line).CopyTo(destination[at..]);
                at += line.Span.Length;
            }
        });
    }
}
