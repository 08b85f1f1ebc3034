using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Finds the labels OCR hid from the tokenizer: a memo heading that shares its line with an urgency mark or with noise
/// (<c>ด่วนมาก บันทึกข้อความ</c>, <c>ซี      บันทึกข้อความ</c>, <c>1 /ญขันทึกข้อความ</c>), a memo's number line whose
/// <c>ที่</c> was misread (<c>a กห ๐๓๐๒/๖๔      วันที่ …</c>), recognised by its shape, a number run together with its
/// <c>ที่</c> (<c>ที่นม ๐๐๑๗.๒/ว ๑๒๓๔</c>), and an order's number under its heading with no <c>ที่</c> left (<c>๔๑๒/๒๕๖๗</c>).
/// </summary>
internal static class OcrLabelRecovery
{
    private const int MaxHeadingLineLength = 40;
    private const int MaxJunkBeforeNumber = 3;

    public static void Recover(ReadOnlySpan<char> text, Span<Line> lines)
    {
        int previous = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            ref var line = ref lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            bool afterHeading = previous >= 0 && lines[previous].Label == LabelKind.Heading;
            previous = i;
            if (line.Label is not (LabelKind.None or LabelKind.Urgency or LabelKind.Secrecy))
            {
                continue;
            }

            var content = text.Slice(line.Span.Start, line.Span.Length);
            if (content.Length <= MaxHeadingLineLength && TryFindMemoHeading(content, out int headingStart))
            {
                var heading = new TextSpan(line.Span.Start + headingStart, line.Span.Length - headingStart);
                line = line with
                {
                    Label = LabelKind.Heading,
                    LabelSpan = heading,
                    ValueSpan = new TextSpan(heading.End, 0),
                    Tolerant = true,
                    Mark = line.Label,
                    MarkSpan = line.Label == LabelKind.None ? default : line.LabelSpan,
                };
                continue;
            }

            if (line.Label == LabelKind.None && TryFindUnlabeledNumber(content, afterHeading, out int numberStart))
            {
                line = line with
                {
                    Label = LabelKind.Number,
                    LabelSpan = new TextSpan(line.Span.Start, numberStart),
                    ValueSpan = new TextSpan(line.Span.Start + numberStart, line.Span.Length - numberStart),
                    Tolerant = true,
                };
            }
        }
    }

    /// <summary>"…ทึกข้อความ" (or without its marks) ending the line, after at most a mark or noise.</summary>
    private static bool TryFindMemoHeading(ReadOnlySpan<char> line, out int start)
    {
        start = 0;
        // Both spellings end the line with ความ: most lines are ruled out by their last four characters.
        if (!line.EndsWith("ความ", StringComparison.Ordinal))
        {
            return false;
        }

        int at = line.LastIndexOf("ข้อความ", StringComparison.Ordinal);
        int length = "ข้อความ".Length;
        if (at < 0)
        {
            at = line.LastIndexOf("ขอความ", StringComparison.Ordinal);
            length = "ขอความ".Length;
        }

        if (at < 2 || at + length != line.Length)
        {
            return false;
        }

        var before = line[..at];
        if (!(before.EndsWith("ทึก", StringComparison.Ordinal) || before.EndsWith("ทก", StringComparison.Ordinal)))
        {
            return false;
        }

        // The heading word starts after the last space; anything before it is a mark or noise.
        start = before.LastIndexOf(' ') + 1;
        while (start < at && !ThaiChars.IsThaiLetter(line[start]))
        {
            start++;
        }

        return start > 0 || !line.StartsWith("บันทึกข้อความ", StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>ที่</c> (or <c>ที</c>) run together with the number after it, OCR having lost the space (<c>ที่นม ๐๐๑๗.๒/ว ๑๒๓๔</c>):
    /// the tokenizer takes a Thai letter after <c>ที่</c> for a word (<c>ที่ดิน</c>, <c>ที่ปรึกษา</c>); a known agency code
    /// with a number after it is none.
    /// </summary>
    private static bool TryFindGluedNumber(ReadOnlySpan<char> line, out int start)
    {
        // A stray dash before the label, as the tokenizer allows (<c>-ที่นม …</c>).
        int label = line.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;
        var rest = line[label..];
        start = rest.StartsWith("ที่", StringComparison.Ordinal) ? label + 3 : rest.StartsWith("ที", StringComparison.Ordinal) ? label + 2 : 0;
        return start > 0 && start < line.Length && ThaiChars.IsConsonant(line[start])
            && DocumentNumberParser.TryParse(line[start..], 0, out var number, out _) && number.PrefixName is not null;
    }

    /// <summary>Where the number of a <c>ที่</c> line whose label OCR lost or glued starts.</summary>
    private static bool TryFindUnlabeledNumber(ReadOnlySpan<char> line, bool afterHeading, out int start)
    {
        start = 0;
        return (afterHeading && IsYearNumberAlone(line)) || TryFindGluedNumber(line, out start) || TryFindNumberByShape(line, out start);
    }

    /// <summary>
    /// An order's or announcement's number alone on its line (<c>๔๑๒/๒๕๖๗</c>), as OCR leaves it under the heading when it loses
    /// the <c>ที่</c> before it; only right after a heading, where nothing else is printed.
    /// </summary>
    private static bool IsYearNumberAlone(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && ThaiDigits.IsDigit(trimmed[0]) && DocumentNumberParser.TryParse(trimmed, 0, out var number, out int consumed)
            && consumed == trimmed.Length && number.Year is not null;
    }

    /// <summary>A known agency code and a number with a slash, after at most a few junk characters, with a memo date on the same line.</summary>
    private static bool TryFindNumberByShape(ReadOnlySpan<char> line, out int start)
    {
        start = 0;
        int space = IndexOfEarlySpace(line);
        if (space is < 1 or > MaxJunkBeforeNumber || !line.Contains("วันที", StringComparison.Ordinal))
        {
            return false;
        }

        start = space;
        while (start < line.Length && ThaiChars.IsInlineSpace(line[start]))
        {
            start++;
        }

        return DocumentNumberParser.TryParse(line[start..], 0, out var number, out _) && number.PrefixName is not null;
    }

    /// <summary>The first space among the first few characters, or -1: only there can the junk before a number end, so a
    /// short loop replaces a search through the whole line.</summary>
    private static int IndexOfEarlySpace(ReadOnlySpan<char> line)
    {
        int limit = Math.Min(line.Length, MaxJunkBeforeNumber + 1);
        for (int i = 0; i < limit; i++)
        {
            if (line[i] == ' ')
            {
                return i;
            }
        }

        return -1;
    }
}
