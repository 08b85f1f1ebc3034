using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThaiGovDocs.Benchmarks.Baselines;

/// <summary>
/// The naive baseline the issue asks for: how letter fields are usually pulled out with regular expressions — the text
/// tidied with <c>Replace</c>/<c>Normalize</c>, split into lines, and every line tried against one pattern per field with
/// the static <see cref="Regex"/> methods (interpreted, cached patterns), Thai digits converted with a regex replace.
/// It extracts the same main fields as <see cref="RegexFieldExtractor"/>; that one is the tuned regex reference.
/// </summary>
public static class NaiveLineRegexExtractor
{
    private const string Number = @"^\s*-?\s*ที่\s+(?<prefix>[ก-ฮA-Za-z.]+)?\s*(?<office>[0-9๐-๙.]+)?\s*/\s*(?<circ>ว\.?)?\s*(?<serial>[0-9๐-๙]+)";
    private const string Date = @"(?<day>[0-9๐-๙]{1,2})\s*(?<month>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)\s*(?:พ\.ศ\.\s*)?(?<year>[0-9๐-๙]{4}|[0-9๐-๙]{2})";
    private const string Subject = @"^\s*เรื่อง\s*(?<v>.+)$";
    private const string Salutation = @"^\s*(?<s>กราบเรียน|เรียน|เสนอ|ถึง)\s+(?<v>.+)$";
    private const string Attachment = @"^\s*-?\s*(?:สิ่งที่ส่งมาด้วย)?\s*(?<item>[0-9๐-๙]+\.\s*.+?)(?:\s*จำนวน\s*(?<q>[0-9๐-๙]+)\s*(?<u>\S+))?$";
    private const string AttachmentLabel = @"^\s*-?\s*สิ่งที่ส่งมาด้วย";
    private const string Name = @"^\s*\((?<name>[^()]{3,60})\)\s*$";
    private const string Phone = @"(?:โทร\.?|โทรศัพท์)\s*(?<n>[0-9๐-๙][0-9๐-๙ \-]{6,16}[0-9๐-๙])";
    private const string Email = @"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}";
    private const string Closing = @"^\s*ขอแสดงความนับถือ";

    public static List<RegexLetter> Extract(string text)
    {
        text = text.Replace("\r\n", "\n").Replace("\u0E4D\u0E32", "\u0E33").Normalize(NormalizationForm.FormC);
        var letters = new List<RegexLetter>();
        Draft? current = null;
        bool inAttachments = false;
        bool afterName = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var number = Regex.Match(line, Number);
            if (number.Success)
            {
                if (current is not null)
                {
                    letters.Add(current.Build());
                }

                current = new Draft
                {
                    Raw = number.Value.Trim(),
                    Office = number.Groups["office"].Success ? Ascii(number.Groups["office"].Value) : null,
                    Serial = int.TryParse(Ascii(number.Groups["serial"].Value), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : null,
                };
                inAttachments = afterName = false;
                continue;
            }

            current ??= new Draft();
            var date = Regex.Match(line, Date);
            if (current.Date is null && date.Success)
            {
                current.Date = ToDate(date);
            }

            var subject = Regex.Match(line, Subject);
            if (current.Subject is null && subject.Success)
            {
                current.Subject = subject.Groups["v"].Value.Trim();
            }

            var salutation = Regex.Match(line, Salutation);
            if (current.Salutation is null && salutation.Success)
            {
                current.Salutation = salutation.Groups["s"].Value;
                current.Addressee = salutation.Groups["v"].Value.Trim();
            }

            if (Regex.IsMatch(line, AttachmentLabel))
            {
                inAttachments = true;
            }

            var attachment = Regex.Match(line, Attachment);
            if (inAttachments && attachment.Success)
            {
                current.Attachments.Add(attachment.Groups["item"].Value.Trim());
            }
            else if (line.Length == 0)
            {
                inAttachments = false;
            }

            var name = Regex.Match(line, Name);
            if (current.Name is null && name.Success)
            {
                current.Name = name.Groups["name"].Value.Trim();
                afterName = true;
                continue;
            }

            if (afterName && line.Length > 0 && !Regex.IsMatch(line, Phone) && current.Positions.Count < 3)
            {
                current.Positions.Add(line);
            }

            foreach (Match phone in Regex.Matches(line, Phone))
            {
                current.Phones.Add(Regex.Replace(Ascii(phone.Groups["n"].Value), "[^0-9]", ""));
            }

            foreach (Match email in Regex.Matches(line, Email))
            {
                current.Emails.Add(email.Value);
            }

            _ = Regex.IsMatch(line, Closing);
        }

        if (current is not null)
        {
            letters.Add(current.Build());
        }

        return letters;
    }

    private static string Ascii(string s) => Regex.Replace(s, "[๐-๙]", m => ((char)(m.Value[0] - '๐' + '0')).ToString());

    private static DateOnly? ToDate(Match m)
    {
        string[] months = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
        string[] abbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
        var name = m.Groups["month"].Value;
        int month = Array.IndexOf(months, name) + 1;
        if (month == 0)
        {
            month = Array.IndexOf(abbreviations, name) + 1;
        }

        int day = int.Parse(Ascii(m.Groups["day"].Value), CultureInfo.InvariantCulture);
        int year = int.Parse(Ascii(m.Groups["year"].Value), CultureInfo.InvariantCulture);
        year = year < 100 ? 2500 + year - 543 : year - 543;
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private sealed class Draft
    {
        public string? Raw { get; init; }

        public string? Office { get; init; }

        public int? Serial { get; init; }

        public DateOnly? Date { get; set; }

        public string? Subject { get; set; }

        public string? Salutation { get; set; }

        public string? Addressee { get; set; }

        public List<string> Attachments { get; } = [];

        public string? Name { get; set; }

        public List<string> Positions { get; } = [];

        public List<string> Phones { get; } = [];

        public List<string> Emails { get; } = [];

        public RegexLetter Build() => new(Raw, Office, Serial, Date, Subject, Salutation, Addressee, Attachments, Name, Positions, Phones);
    }
}
