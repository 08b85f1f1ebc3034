using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThaiGovDocs.Benchmarks.Baselines;

/// <summary>The fields the regex baseline extracts: the main fields of the JSON contract.</summary>
public sealed record RegexLetter(
    string? Number,
    string? Office,
    int? Serial,
    DateOnly? Date,
    string? Subject,
    string? Salutation,
    string? Addressee,
    IReadOnlyList<string> Attachments,
    string? SignatoryName,
    IReadOnlyList<string> Positions,
    IReadOnlyList<string> Phones);

/// <summary>
/// The parser baseline: a reasonable regex field extractor, not a strawman. Source-generated regexes; the text is split into
/// documents at <c>ที่ …/…</c> and <c>บันทึกข้อความ</c> lines, then each document is searched once per field, with Thai digits
/// normalised, Thai month names mapped and Buddhist years converted — the same main fields <c>LetterParser</c> emits
/// (number, date, subject, salutation/addressee, attachments, signatory, phones), without its OCR tolerance.
/// </summary>
public static partial class RegexFieldExtractor
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    [GeneratedRegex(@"^[ \t]*(?:ที่[ \t]+\S.*/.*|บันทึกข้อความ.*)$", RegexOptions.Multiline)]
    private static partial Regex DocumentStart();

    [GeneratedRegex(@"^[ \t]*ที่[ \t]+(?<raw>(?<prefix>[ก-ฮA-Za-z.]+)?[ \t]*(?<office>[0-9๐-๙.]+)?[ \t]*/[ \t]*(?<circ>ว\.?)?[ \t]*(?<serial>[0-9๐-๙]+))", RegexOptions.Multiline)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"(?<day>[0-9๐-๙]{1,2})[ \t]*(?<month>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)[ \t]*(?:พ\.ศ\.[ \t]*)?(?<year>[0-9๐-๙]{4}|[0-9๐-๙]{2})")]
    private static partial Regex ThaiDate();

    [GeneratedRegex(@"^[ \t]*เรื่อง[ \t]*(?<v>.+)$(?:\n(?![ \t]*(?:เรียน|กราบเรียน|เสนอ|ถึง|อ้างถึง|สิ่งที่ส่งมาด้วย)|[ \t]*$)[ \t]*(?<v>.+)$)?", RegexOptions.Multiline)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"^[ \t]*(?<s>กราบเรียน|เรียน|เสนอ|ถึง)[ \t]+(?<v>.+)$", RegexOptions.Multiline)]
    private static partial Regex SalutationLine();

    [GeneratedRegex(@"^[ \t]*-?[ \t]*สิ่งที่ส่งมาด้วย[ \t]*(?<first>.*)$(?:\n[ \t]*(?<item>[0-9๐-๙]+\..+)$)*", RegexOptions.Multiline)]
    private static partial Regex AttachmentBlock();

    [GeneratedRegex(@"^[ \t]*\((?<name>[^()\n]{3,60})\)[ \t]*$(?:\n[ \t]*(?<pos>[^\n(]{2,80})$){0,3}", RegexOptions.Multiline)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^[ \t]*(?:โทร\.?|โทรศัพท์)[ \t]*(?<n>[0-9๐-๙][0-9๐-๙ \-]{6,16}[0-9๐-๙])", RegexOptions.Multiline)]
    private static partial Regex PhoneLine();

    public static List<RegexLetter> Extract(string text)
    {
        var letters = new List<RegexLetter>();
        var starts = new List<int> { 0 };
        foreach (Match m in DocumentStart().Matches(text))
        {
            if (m.Index > starts[^1] + 200)
            {
                starts.Add(m.Index);
            }
        }

        for (int k = 0; k < starts.Count; k++)
        {
            int end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            letters.Add(ExtractOne(text, starts[k], end - starts[k]));
        }

        return letters;
    }

    private static RegexLetter ExtractOne(string text, int start, int length)
    {
        string? raw = null, office = null;
        int? serial = null;
        int dateFrom = start;
        var number = NumberLine().Match(text, start, length);
        if (number.Success)
        {
            raw = number.Groups["raw"].Value;
            office = number.Groups["office"].Success ? Ascii(number.Groups["office"].Value) : null;
            serial = int.TryParse(Ascii(number.Groups["serial"].Value), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : null;
            dateFrom = number.Index + number.Length;
        }

        DateOnly? date = null;
        var dateMatch = ThaiDate().Match(text, dateFrom, start + length - dateFrom);
        if (dateMatch.Success && Months.TryGetValue(dateMatch.Groups["month"].Value, out int month)
            && int.TryParse(Ascii(dateMatch.Groups["day"].Value), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && int.TryParse(Ascii(dateMatch.Groups["year"].Value), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            year = year < 100 ? 2500 + year : year;
            int gregorian = year > 2400 ? year - 543 : year;
            if (day >= 1 && gregorian is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(gregorian, month))
            {
                date = new DateOnly(gregorian, month, day);
            }
        }

        string? subject = null;
        var subjectMatch = SubjectLine().Match(text, start, length);
        if (subjectMatch.Success)
        {
            subject = string.Join(' ', subjectMatch.Groups["v"].Captures.Select(c => c.Value.Trim()));
        }

        string? salutation = null, addressee = null;
        var salutationMatch = SalutationLine().Match(text, start, length);
        if (salutationMatch.Success)
        {
            salutation = salutationMatch.Groups["s"].Value;
            addressee = salutationMatch.Groups["v"].Value.Trim();
        }

        var attachments = new List<string>();
        var attachmentMatch = AttachmentBlock().Match(text, start, length);
        if (attachmentMatch.Success)
        {
            var first = attachmentMatch.Groups["first"].Value.Trim();
            if (first.Length > 0)
            {
                attachments.Add(first);
            }

            attachments.AddRange(attachmentMatch.Groups["item"].Captures.Select(c => c.Value.Trim()));
        }

        string? name = null;
        var positions = new List<string>();
        var signature = Signature().Match(text, start, length);
        if (signature.Success)
        {
            name = signature.Groups["name"].Value.Trim();
            positions.AddRange(signature.Groups["pos"].Captures.Select(c => c.Value.Trim()));
        }

        var phones = new List<string>();
        for (var phone = PhoneLine().Match(text, start, length); phone.Success; phone = phone.NextMatch())
        {
            var digits = new StringBuilder(12);
            foreach (char c in phone.Groups["n"].ValueSpan)
            {
                if (c is >= '0' and <= '9')
                {
                    digits.Append(c);
                }
                else if (c is >= '๐' and <= '๙')
                {
                    digits.Append((char)(c - '๐' + '0'));
                }
            }

            phones.Add(digits.ToString());
        }

        return new RegexLetter(raw, office, serial, date, subject, salutation, addressee, attachments, name, positions, phones);
    }

    private static string Ascii(string digits)
    {
        Span<char> buffer = digits.Length <= 64 ? stackalloc char[digits.Length] : new char[digits.Length];
        for (int i = 0; i < digits.Length; i++)
        {
            char c = digits[i];
            buffer[i] = c is >= '๐' and <= '๙' ? (char)(c - '๐' + '0') : c;
        }

        return new string(buffer);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[] full = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
        string[] abbreviated = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < 12; i++)
        {
            months[full[i]] = i + 1;
            months[abbreviated[i]] = i + 1;
        }

        return months;
    }
}
