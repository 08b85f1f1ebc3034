using System.Text;

namespace ThaiGovDocs.Tests.PropertyTests;

/// <summary>
/// Deterministic generator of messy letter text for property tests and linearity measurements: cuts, splices and corruptions of
/// corpus text (line and character deletions, insertions and duplications, combining marks in odd places, stray labels, huge
/// digit runs, lone surrogates, <c>\r</c>, <c>\0</c>, very long lines) and random Unicode strings.
/// </summary>
internal sealed class TextMutator(IReadOnlyList<string> corpus, int seed)
{
    private static readonly string[] StrayLabels =
        ["ที่ ", "วันที่ ", "ที ", "วนที่", "เรื่อง ", "เรียน ", "ถึง ", "สิ่งที่ส่งมาด้วย ", "อ้างถึง ", "เลขรับ ", "เวลา ", "โทร. ", "โทรสาร ",
         "ขอแสดงความนับถือ", "ส่วนราชการ ", "บันทึกข้อความ", "ประกาศ", "ด่วนที่สุด", "ลับ", "(นาย", ")", "ปฏิบัติราชการแทน", "จำนวน ",
         "ลงวันที่ ", "พ.ศ. ", "มี.ค. ", "กุมภาพันธ์ ", " - ", "/ว ", "ต่อ ", "@", "ํา", "\u200B", "\uFEFF", "\u00AD"];

    private static readonly char[] OddChars =
        ['\u0E31', '\u0E34', '\u0E38', '\u0E39', '\u0E47', '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', '\u0E4D', '\u0E4E', '\u0E33',
         '\u0301', '\u0308', '\u20DD', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\r', '\0', '\n', '\t', '\u00A0', '\u3000', '\uFFFF', '\uFFFE',
         '(', ')', '/', '.', ':', '-', '–', '๐', '๙', '0', '9', '+', '#'];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    /// <summary>The next input: mostly mutated corpus text, sometimes random Unicode.</summary>
    public string Next(int maxLength)
    {
        int kind = _random.Next(10);
        string text = kind switch
        {
            0 => RandomUnicode(_random.Next(maxLength + 1)),
            1 => Splice(Cut(maxLength / 2), Cut(maxLength / 2)),
            _ => Cut(maxLength),
        };

        int mutations = kind == 0 ? _random.Next(3) : _random.Next(1, 12);
        for (int m = 0; m < mutations; m++)
        {
            text = Mutate(text, maxLength);
        }

        return text.Length > maxLength * 4 ? text[..(maxLength * 4)] : text;
    }

    /// <summary>A random piece of a corpus text, starting anywhere (often at a line start).</summary>
    public string Cut(int maxLength)
    {
        var source = corpus[_random.Next(corpus.Count)];
        int length = Math.Min(source.Length, _random.Next(1, Math.Max(2, maxLength)));
        int start = _random.Next(source.Length - length + 1);
        if (_random.Next(2) == 0)
        {
            int line = source.LastIndexOf('\n', start);
            start = line < 0 ? 0 : line + 1;
            length = Math.Min(length, source.Length - start);
        }

        return source.Substring(start, length);
    }

    /// <summary>Applies one random corruption.</summary>
    public string Mutate(string text, int maxLength)
    {
        switch (_random.Next(14))
        {
            case 0: return EditLines(text, static (lines, r) => { if (lines.Count > 0) lines.RemoveAt(r.Next(lines.Count)); });
            case 1: return EditLines(text, static (lines, r) => { if (lines.Count > 0) lines.Insert(r.Next(lines.Count + 1), lines[r.Next(lines.Count)]); });
            case 2: return EditLines(text, static (lines, r) =>
            {
                if (lines.Count > 1)
                {
                    int a = r.Next(lines.Count), b = r.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                }
            });
            case 3: return DeleteChars(text);
            case 4: return Insert(text, OddChars[_random.Next(OddChars.Length)].ToString());
            case 5: return DuplicateChars(text);
            case 6: return InsertAtLineStart(text, StrayLabels[_random.Next(StrayLabels.Length)]);
            case 7: return Insert(text, StrayLabels[_random.Next(StrayLabels.Length)]);
            case 8: return Insert(text, DigitRun(_random.Next(2) == 0 ? _random.Next(1, 30) : _random.Next(30, 3000)));
            case 9: return Insert(text, new string(OddChars[_random.Next(OddChars.Length)], _random.Next(1, 200)));
            case 10: return _random.Next(3) == 0 ? text.Replace('\n', ' ') : text.Replace("\n", "\r\n", StringComparison.Ordinal);
            case 11: return Insert(text, new string(' ', _random.Next(1, 500)) + Cut(200).Replace('\n', ' '));
            case 12: return Insert(text, "\n" + Cut(maxLength / 4) + "\n");
            default: return Insert(text, RandomUnicode(_random.Next(1, 40)));
        }
    }

    /// <summary>Random UTF-16 code units, weighted towards Thai, digits, white space and punctuation, with lone surrogates.</summary>
    public string RandomUnicode(int length)
    {
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(_random.Next(8) switch
            {
                0 or 1 or 2 => (char)_random.Next(0x0E00, 0x0E80),
                3 => " \n\t\r.:/-()๐๑๒"[_random.Next(13)],
                4 => (char)_random.Next(0x20, 0x7F),
                5 => (char)_random.Next(0xD800, 0xE000),
                6 => (char)_random.Next(0x0300, 0x0370),
                _ => (char)_random.Next(0, 0x10000),
            });
        }

        return builder.ToString();
    }

    private static string Splice(string a, string b) => a + b;

    private string Insert(string text, string piece)
    {
        int at = _random.Next(text.Length + 1);
        return string.Concat(text.AsSpan(0, at), piece, text.AsSpan(at));
    }

    private string InsertAtLineStart(string text, string piece)
    {
        int at = _random.Next(text.Length + 1);
        int line = at == 0 ? -1 : text.LastIndexOf('\n', at - 1);
        at = line + 1;
        return string.Concat(text.AsSpan(0, at), piece, text.AsSpan(at));
    }

    private string DeleteChars(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int at = _random.Next(text.Length);
        int count = Math.Min(text.Length - at, _random.Next(1, 8));
        return text.Remove(at, count);
    }

    private string DuplicateChars(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int at = _random.Next(text.Length);
        int count = Math.Min(text.Length - at, _random.Next(1, 20));
        return text.Insert(at, text.Substring(at, count));
    }

    private string DigitRun(int length)
    {
        var builder = new StringBuilder(length);
        bool thai = _random.Next(2) == 0;
        for (int i = 0; i < length; i++)
        {
            int d = _random.Next(10);
            builder.Append(thai ? (char)('\u0E50' + d) : (char)('0' + d));
        }

        return builder.ToString();
    }

    private string EditLines(string text, Action<List<string>, Random> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines, _random);
        return string.Join('\n', lines);
    }
}
