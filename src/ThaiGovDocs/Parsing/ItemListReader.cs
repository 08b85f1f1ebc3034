using System.Diagnostics.CodeAnalysis;
using ThaiGovDocs.Dates;
using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>An item of a <c>สิ่งที่ส่งมาด้วย</c> or <c>อ้างถึง</c> list before its parts are picked out.</summary>
internal sealed class RawItem
{
    public int Number { get; set; }

    public List<TextSpan> Parts { get; } = [];
}

/// <summary>The raw items of one list; the items and their part lists are reused by the next list instead of allocated
/// again (an item is turned into an attachment or reference before the next list is read).</summary>
internal sealed class RawItemList
{
    private readonly List<RawItem> _items = [];

    public int Count { get; private set; }

    public RawItem this[int index]
    {
        get
        {
            // The list behind is longer than Count: what lies past it is left from an earlier list.
            if ((uint)index >= (uint)Count)
            {
                ThrowItemOutOfRange(index);
            }

            return _items[index];
        }
    }

    /// <summary>A new, empty item at the end of the list.</summary>
    public RawItem Add()
    {
        if (Count == _items.Count)
        {
            _items.Add(new RawItem());
        }

        var item = _items[Count++];
        item.Number = 0;
        item.Parts.Clear();
        return item;
    }

    public void Clear() => Count = 0;

    [DoesNotReturn]
    private static void ThrowItemOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "No such item in the list.");
}

/// <summary>
/// Reads the items of an attachment or reference list: numbered items (<c>๑.</c>, <c>๒.</c>) one per line or continued on
/// following lines, and the <c>ลงวันที่ …</c> / <c>จำนวน …</c> lines that continue an item after a blank line.
/// </summary>
internal static class ItemListReader
{
    private static readonly string[] Units =
        ["แผ่นซีดี", "แผ่นดิสก์", "ชุด", "ฉบับ", "แผ่น", "เล่ม", "ซอง", "แฟ้ม", "หน้า", "รายการ", "ชิ้น", "ม้วน", "กล่อง", "อัน", "เครื่อง", "แผ่นพับ", "ใบ"];

    private const int MaxBlankLinesBeforeValue = 2;

    /// <summary>Reads the list that starts with the value of line <paramref name="first"/>.</summary>
    /// <returns>The index of the last line that belongs to the list.</returns>
    public static int Read(LineTable lines, int first, int end, LineRoles roles, RawItemList items)
    {
        ref readonly var head = ref lines[first];
        var current = StartItem(lines, head.ValueSpan, items);
        int last = first;
        bool sawBlank = false;
        int i = first + 1;
        if (current is null)
        {
            // The first item sits below the label, after blank lines.
            while (i < end && i - first <= MaxBlankLinesBeforeValue + 1 && lines[i].IsBlank)
            {
                i++;
            }

            if (i < end && !lines[i].IsBlank && !lines[i].HasLabel && !roles.IsSkipped(i))
            {
                current = StartItem(lines, lines[i].Span, items);
                last = i;
                i++;
            }
        }

        for (; i < end; i++)
        {
            ref readonly var line = ref lines[i];
            if (line.IsBlank)
            {
                sawBlank = true;
                continue;
            }

            if (roles.IsSkipped(i))
            {
                continue;
            }

            if (line.HasLabel)
            {
                break;
            }

            var text = lines.TextOf(line);
            bool numbered = LinePatterns.TryReadItemNumber(text, out int n, out _);
            if (numbered && current is not null && current.Number > 0 && n == current.Number + 1)
            {
                current = StartItem(lines, line.Span, items);
                last = i;
                sawBlank = false;
                continue;
            }

            bool continuesItem = text.StartsWith("ลงวันที่", StringComparison.Ordinal) || text.StartsWith("ลง ", StringComparison.Ordinal)
                || text.StartsWith("จำนวน", StringComparison.Ordinal) || text.StartsWith("จานวน", StringComparison.Ordinal)
                || (current is not null && LinePatterns.IsLoneYear(text) && LinePatterns.EndsWithMonth(lines.TextOf(current.Parts[^1])));
            if (!continuesItem && current is { Number: > 0 } && !numbered && LinePatterns.IsNoise(text)
                && !text.ContainsAny(ThaiDigits.Digits) && IsNextItemAfter(lines, i + 1, end, current.Number))
            {
                // A speck between numbered items ("ต" alone on a line): the list goes on below it. Figures are no speck: a
                // wrapped year with a speck beside it ("๒๕๖๗      น") is still the item's.
                continue;
            }

            if (current is null || numbered || (sawBlank && !continuesItem) || (!continuesItem && LinePatterns.StartsWithBodyOpener(text))
                || LinePatterns.TryGetParenthesizedName(text, out _, out _))
            {
                break;
            }

            current.Parts.Add(line.Span);
            last = i;
            sawBlank = false;
        }

        return last;
    }

    /// <summary>Whether the first line from <paramref name="i"/> that is not blank starts item <paramref name="number"/> + 1.</summary>
    private static bool IsNextItemAfter(LineTable lines, int i, int end, int number)
    {
        while (i < end && lines[i].IsBlank)
        {
            i++;
        }

        return i < end && !lines[i].HasLabel && LinePatterns.TryReadItemNumber(lines.TextOf(lines[i]), out int next, out _) && next == number + 1;
    }

    private static RawItem? StartItem(LineTable lines, TextSpan span, RawItemList items)
    {
        var text = lines.TextOf(span);
        if (text.IsEmpty)
        {
            return null;
        }

        var item = items.Add();
        if (LinePatterns.TryReadItemNumber(text, out int number, out int length))
        {
            item.Number = number;
            span = new TextSpan(span.Start + length, span.Length - length);
        }

        item.Parts.Add(span);
        return item;
    }

    /// <summary>Turns a raw item into an attachment: text without the quantity, the quantity and unit, and any letter it cites.</summary>
    public static Attachment ToAttachment(LineTable lines, RawItem item, float confidence)
    {
        var (text, span) = Join(lines, item);
        int? quantity = null;
        string? unit = null;
        if (TryCutQuantity(ref text, out int q, out string? u))
        {
            quantity = q;
            unit = u;
        }

        return new Attachment
        {
            Text = new Field<string>(text, span, confidence),
            Quantity = quantity,
            Unit = unit,
            Number = FindCitedNumber(lines, item),
            Date = FindDate(lines, item, text, span),
        };
    }

    /// <summary>Turns a raw item into a reference: its text and any letter number and date it cites.</summary>
    public static Reference ToReference(LineTable lines, RawItem item, float confidence)
    {
        var (text, span) = Join(lines, item);
        return new Reference
        {
            Text = new Field<string>(text, span, confidence),
            Number = FindCitedNumber(lines, item),
            Date = FindDate(lines, item, text, span),
        };
    }

    private static (string Text, TextSpan Span) Join(LineTable lines, RawItem item)
    {
        var span = TextSpan.FromBounds(item.Parts[0].Start, item.Parts[^1].End);
        return (Dates.ThaiMonths.WithoutStrayMarks(FieldText.CollapseJoined(lines, item.Parts, trimParts: true)), span);
    }

    /// <summary>Removes "จำนวน ๑ ชุด" wherever it stands in the item (it may be printed in a right-hand column mid-item).</summary>
    private static bool TryCutQuantity(ref string text, out int quantity, out string? unit)
    {
        quantity = 0;
        unit = null;
        int at = FindQuantityWord(text, out int wordLength);
        if (at < 0)
        {
            return false;
        }

        int i = at + wordLength;
        while (i < text.Length && ThaiChars.IsInlineSpace(text[i]))
        {
            i++;
        }

        int digitsStart = i;
        while (i < text.Length && ThaiDigits.IsDigit(text[i]))
        {
            i++;
        }

        if (i == digitsStart || !ThaiDigits.TryParseInt32(text.AsSpan(digitsStart, i - digitsStart), out quantity))
        {
            return false;
        }

        while (i < text.Length && ThaiChars.IsInlineSpace(text[i]))
        {
            i++;
        }

        foreach (var candidate in Units)
        {
            int length = MatchIgnoringMarks(text.AsSpan(i), candidate);
            if (length > 0)
            {
                // The unit as it should be written: OCR loses its vowels ("ฉบบ" for "ฉบับ").
                unit = candidate;
                i += length;
                break;
            }
        }

        text = JoinTrimmed(WithoutLeaderTail(text.AsSpan(0, at)), text.AsSpan(i));
        return true;
    }

    /// <summary>What is left around the quantity, <c>(head + " " + tail).Trim()</c> made in one allocation.</summary>
    private static string JoinTrimmed(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        head = head.TrimStart();
        tail = tail.Trim();
        if (tail.IsEmpty)
        {
            return head.TrimEnd().ToString();
        }

        return head.IsEmpty ? tail.ToString() : string.Concat(head, " ", tail);
    }

    /// <summary><paramref name="head"/> without the blanks and leader dots before the quantity (<c>ระเบียบวาระ     .จำนวน</c>);
    /// a stop that ends an abbreviation (<c>บก.ทท.</c>) stays.</summary>
    private static ReadOnlySpan<char> WithoutLeaderTail(ReadOnlySpan<char> head)
    {
        int cut = head.Length;
        while (cut > 0 && (ThaiChars.IsInlineSpace(head[cut - 1]) || head[cut - 1] == '.'))
        {
            cut--;
        }

        while (cut < head.Length && cut > 0 && head[cut] == '.' && head[cut - 1] != '.' && !ThaiChars.IsInlineSpace(head[cut - 1]))
        {
            cut++;
        }

        return head[..cut];
    }

    /// <summary>
    /// The last <c>จำนวน</c> in <paramref name="text"/> as OCR leaves it: stock Thai cannot write ำ (<c>จานวน</c>), and a
    /// thin ำ is also read as a tone mark and า (<c>จ้านวน</c>); -1 when there is none.
    /// </summary>
    private static int FindQuantityWord(string text, out int length)
    {
        length = 0;
        for (int end = text.LastIndexOf("นวน", StringComparison.Ordinal); end > 0; end = text.LastIndexOf("นวน", end - 1, StringComparison.Ordinal))
        {
            int start = end;
            while (start > 0 && (text[start - 1] is 'า' or 'ำ' || ThaiChars.IsCombiningMark(text[start - 1])) && end - start < 3)
            {
                start--;
            }

            if (start > 0 && text[start - 1] == 'จ')
            {
                length = end + 3 - (start - 1);
                return start - 1;
            }
        }

        return -1;
    }

    /// <summary>Length of <paramref name="word"/> at the start of <paramref name="text"/> when both are compared without
    /// their upper and lower marks, or 0; the match must end at a word boundary.</summary>
    private static int MatchIgnoringMarks(ReadOnlySpan<char> text, string word)
    {
        int i = 0;
        foreach (char expected in word)
        {
            if (ThaiChars.IsCombiningMark(expected))
            {
                if (i < text.Length && text[i] == expected)
                {
                    i++;
                }

                continue;
            }

            while (i < text.Length && ThaiChars.IsCombiningMark(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] != expected)
            {
                return 0;
            }

            i++;
        }

        while (i < text.Length && ThaiChars.IsCombiningMark(text[i]))
        {
            i++;
        }

        return i < text.Length && ThaiChars.IsThaiLetter(text[i]) ? 0 : i;
    }

    /// <summary>The letter an item cites (<c>… ที่ มท ๐๘๑๐.๒/ว ๒๓๔๑ …</c>), read from the line it is printed on so its span is exact.</summary>
    private static DocumentNumber? FindCitedNumber(LineTable lines, RawItem item)
    {
        for (int p = 0; p < item.Parts.Count; p++)
        {
            var part = item.Parts[p];
            var text = lines.TextOf(part);
            for (int from = 0; from < text.Length;)
            {
                int at = text[from..].IndexOf("ที่ ", StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                // Only "ที่" as a word: not the end of "วันที่" or "สิ่งที่".
                bool wordStart = at == 0 || !ThaiChars.IsThaiLetter(text[at - 1]);
                int valueStart = at + 3;
                if (wordStart && DocumentNumberParser.TryParse(text[valueStart..], part.Start + valueStart, out var number, out _)
                    && (number.Serial is not null || number.Office is not null))
                {
                    return number.Serial is null && p + 1 < item.Parts.Count
                        ? WithWrappedSerial(lines, number, text[valueStart..], part.Start + valueStart, item.Parts[p + 1]) ?? number
                        : number;
                }

                from = at + 3;
            }
        }

        return null;
    }

    /// <summary>A cited number that ends its line at the slash (<c>ตร ๐๐๑๕.๑/</c>, <c>…/ว</c>) read on into the next line, where
    /// its serial wrapped (<c>๘๙๐ ลงวันที่ …</c>); null when the next line does not start with it.</summary>
    private static DocumentNumber? WithWrappedSerial(LineTable lines, DocumentNumber number, ReadOnlySpan<char> value, int valueOffset, TextSpan nextPart)
    {
        var first = value.TrimEnd();
        if (number.Span.End - valueOffset < first.Length || first[^1] is not ('/' or 'ว' or '.'))
        {
            return null;
        }

        var next = lines.TextOf(nextPart);
        var serial = next.TrimStart();
        if (serial.IsEmpty || !ThaiDigits.IsDigit(serial[0]))
        {
            return null;
        }

        // The line break stands where the serial began: after a slash nothing was printed, after the ว a space.
        string gap = first[^1] == '/' ? "" : " ";
        var joined = string.Concat(first, gap, serial);
        if (!DocumentNumberParser.TryParse(joined, valueOffset, out var whole, out int consumed) || whole.Serial is null)
        {
            return null;
        }

        int end = nextPart.Start + (next.Length - serial.Length) + (consumed - first.Length - gap.Length);
        return whole with { Span = TextSpan.FromBounds(number.Span.Start, end), Confidence = whole.Confidence * 0.9f };
    }

    /// <summary>The date an item cites, read line by line for an exact span; a date split over two lines is found in the joined text.</summary>
    private static Field<DateOnly>? FindDate(LineTable lines, RawItem item, string joined, TextSpan span)
    {
        foreach (var part in item.Parts)
        {
            if (ThaiDateParser.TryFind(lines.TextOf(part), out var match) && match.Date is { } date)
            {
                return new Field<DateOnly>(date, new TextSpan(part.Start + match.Span.Start, match.Span.Length), 0.9f);
            }
        }

        if (item.Parts.Count > 1 && ThaiDateParser.TryFind(joined, out var joinedMatch) && joinedMatch.Date is { } joinedDate)
        {
            return new Field<DateOnly>(joinedDate, span, 0.7f);
        }

        return null;
    }
}
