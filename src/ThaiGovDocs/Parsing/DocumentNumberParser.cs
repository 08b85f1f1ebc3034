using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>Reads document numbers: <c>มท ๐๘๑๐.๒/ว ๒๓๕๑</c>, <c>สศด.๐๓๐๑/ว ๐๓๓๓๗</c>, orders' <c>๑๑๓๙/๖๖</c>.</summary>
public static class DocumentNumberParser
{
    private const int MaxPrefixLength = 12;

    /// <summary>Reads a document number at the start of <paramref name="text"/> (after white space).</summary>
    /// <param name="text">The text, e.g. the value of a <c>ที่</c> line.</param>
    /// <param name="offset">Offset of <paramref name="text"/> in the whole text, for the span.</param>
    /// <param name="number">The number read.</param>
    /// <param name="consumed">How many characters of <paramref name="text"/> the number covers.</param>
    /// <returns>False when the text does not start with something number-shaped.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, int offset, out DocumentNumber number, out int consumed) =>
        TryParse(text, offset, out number, out consumed, out _);

    /// <summary>Reads a document number at the start of <paramref name="text"/> (after white space), telling whether OCR damage
    /// inside it was read through.</summary>
    /// <param name="text">The text, e.g. the value of a <c>ที่</c> line.</param>
    /// <param name="offset">Offset of <paramref name="text"/> in the whole text, for the span.</param>
    /// <param name="number">The number read.</param>
    /// <param name="consumed">How many characters of <paramref name="text"/> the number covers.</param>
    /// <param name="repaired">True when OCR damage was read through: a comma for a dot or <c>o</c> for a zero among the
    /// office digits (<c>๐๓๐๑,๑๐.๑</c>), a lost slash before a circular's <c>ว</c>, or stray marks on the agency code or
    /// the <c>ว</c>; the number's confidence is lower then.</param>
    /// <returns>False when the text does not start with something number-shaped.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, int offset, out DocumentNumber number, out int consumed, out bool repaired)
    {
        bool found = TryParseWithRepairs(text, offset, out number, out consumed, out NumberRepairs repairs);
        repaired = repairs != NumberRepairs.None;
        return found;
    }

    /// <summary>As the public overload, telling which damage was read through.</summary>
    internal static bool TryParseWithRepairs(ReadOnlySpan<char> text, int offset, out DocumentNumber number, out int consumed, out NumberRepairs repairs)
    {
        repairs = NumberRepairs.None;
        number = null!;
        consumed = 0;
        var reader = new NumberReader(text);
        reader.SkipSpaces();
        int start = reader.Position;

        string? prefix = reader.ReadPrefix();
        int prefixEnd = reader.Position;
        reader.SkipSpaces();
        int officeStart = reader.Position;
        string? office = reader.ReadDigitGroups(allowDots: true, out bool officeTolerant);
        int officeEnd = reader.Position;

        // "๐๒๑๑.๓ว ๔๕๖๗": OCR lost the slash before a circular's ว; the ว and the serial after it say where it stood.
        bool lostSlash = office is not null && reader.IsCircularWithoutSlash();

        // "๐๓๑ค.๑๐.๑": a letter read among the digits cuts the office short; what was read is kept, but doubtful.
        bool officeCut = office is not null && !lostSlash && reader.Peek() is not ('\0' or '/' or '／') && !ThaiChars.IsInlineSpace(reader.Peek());
        reader.SkipSpaces();
        bool hasSlash = lostSlash || reader.TryRead('/') || reader.TryRead('／');
        bool circular = false;
        int circularAt = -1;
        int? serial = null;
        string? serialDigits = null;
        bool malformed = false;
        if (hasSlash)
        {
            reader.SkipSpaces();
            circularAt = reader.Position;
            circular = reader.TryReadCircularMark();
            reader.SkipSpaces();
            serialDigits = reader.ReadDigitGroups(allowDots: false, out _);
            if (serialDigits is not null && reader.Peek() == '.' && ThaiDigits.IsDigit(reader.Peek(1)))
            {
                // "๒.๐๓๓๗": a serial broken by a dot is OCR damage we cannot resolve; keep the number but not the serial.
                reader.TryRead('.');
                reader.ReadDigitGroups(allowDots: true, out _);
                malformed = true;
                serialDigits = null;
            }

            serial = serialDigits is not null && int.TryParse(serialDigits, out int s) ? s : null;
        }

        if (office is null && serialDigits is null && !malformed)
        {
            return false;
        }

        if (prefix is null && !hasSlash)
        {
            return false;
        }

        consumed = reader.Position;
        int end = TrimEnd(text, start, consumed);
        string? prefixName = prefix is null ? null : AgencyCodes.NameOf(prefix, office);
        bool strayMarks = false;
        if (prefixName is null && prefix is { Length: >= 3 } && WithoutMarks(prefix) is { Length: >= 2 } bare && bare.Length < prefix.Length
            && AgencyCodes.NameOf(bare, office) is { } name)
        {
            // "นริ๐๕๐๕", "ศีธี": noise above the code read as vowels and tone marks on its letters; agency codes carry no marks.
            (prefix, prefixName, strayMarks) = (bare, name, true);
        }

        int? year = null;
        bool perYear = prefixName is null && !circular && office is not null && !office.Contains('.') && serialDigits is not null
            && IsYear(serialDigits);
        if (perYear)
        {
            // Orders and announcements number per year: "๑๑๓๙/๖๖" is order 1139 of 2566.
            year = serialDigits!.Length == 2 ? 2500 + serial : serial;
            serial = int.TryParse(office, out int n) ? n : null;
            office = null;
        }

        float confidence = 1f;
        if (officeTolerant || lostSlash || strayMarks) confidence -= 0.2f;
        if (officeCut) confidence -= 0.3f;
        if (malformed || (hasSlash && serial is null)) confidence -= 0.3f;
        if (prefix is not null && prefixName is null) confidence -= 0.1f;

        // A speck over the circular's ว read as a mark (วิ): not printed.
        bool markedCircular = circular && circularAt + 1 < text.Length && ThaiChars.IsCombiningMark(text[circularAt + 1]);
        repairs = (officeTolerant ? NumberRepairs.OfficeDigits : NumberRepairs.None)
            | (lostSlash ? NumberRepairs.LostSlash : NumberRepairs.None)
            | (strayMarks ? NumberRepairs.StrayMarks : NumberRepairs.None)
            | (markedCircular ? NumberRepairs.MarkedCircular : NumberRepairs.None);
        number = new DocumentNumber
        {
            Raw = AsPrinted(text, start, end, office is null ? default : new TextSpan(officeStart, officeEnd - officeStart), strayMarks ? prefixEnd : start,
                markedCircular ? circularAt + 1 : -1),
            Prefix = prefix,
            PrefixName = prefixName,
            Office = office,
            Circular = circular,
            Serial = serial,
            Year = year,
            Span = new TextSpan(offset + start, end - start),
            Confidence = Math.Max(confidence, 0.1f),
        };
        return true;
    }

    /// <summary>The number between <paramref name="start"/> and <paramref name="end"/> as printed: without the spaces OCR put after the
    /// office's dots (<c>0520. 1</c>), the only characters <see cref="NumberReader.ReadDigitGroups"/> reads through without keeping,
    /// and without the stray marks on the agency code, which ends before <paramref name="markedCodeEnd"/> (<paramref name="start"/>: no marks to drop),
    /// nor those from <paramref name="circularMarks"/> on (-1: none), read over the circular's ว.</summary>
    private static string AsPrinted(ReadOnlySpan<char> text, int start, int end, TextSpan office, int markedCodeEnd, int circularMarks)
    {
        if (markedCodeEnd == start && circularMarks < 0 && !text[office.Start..office.End].Contains(' '))
        {
            return text[start..end].ToString();
        }

        int circularMarksEnd = circularMarks;
        while (circularMarks >= 0 && circularMarksEnd < end && ThaiChars.IsCombiningMark(text[circularMarksEnd]))
        {
            circularMarksEnd++;
        }

        var printed = new System.Text.StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            bool strayMark = (i < markedCodeEnd && ThaiChars.IsCombiningMark(text[i])) || (i >= circularMarks && i < circularMarksEnd);
            if (!strayMark && !(text[i] == ' ' && i >= office.Start && i < office.End))
            {
                printed.Append(text[i]);
            }
        }

        return printed.ToString();
    }

    private static string WithoutMarks(string code)
    {
        int marks = 0;
        foreach (char c in code)
        {
            marks += ThaiChars.IsCombiningMark(c) ? 1 : 0;
        }

        // Most codes carry no mark: the same string, no builder.
        if (marks == 0)
        {
            return code;
        }

        return string.Create(code.Length - marks, code, static (destination, source) =>
        {
            int at = 0;
            foreach (char c in source)
            {
                if (!ThaiChars.IsCombiningMark(c))
                {
                    destination[at++] = c;
                }
            }
        });
    }

    private static bool IsYear(string digits) =>
        digits.Length == 2 || (digits.Length == 4 && int.TryParse(digits, out int y) && y is >= 2400 and <= 2700);

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && ThaiChars.IsInlineSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>A cursor over a number's characters.</summary>
    private ref struct NumberReader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;

        public int Position { get; private set; }

        public readonly char Peek(int ahead = 0) => Position + ahead < _text.Length ? _text[Position + ahead] : '\0';

        public void SkipSpaces()
        {
            while (Position < _text.Length && ThaiChars.IsInlineSpace(_text[Position]))
            {
                Position++;
            }
        }

        public bool TryRead(char c)
        {
            if (Peek() != c)
            {
                return false;
            }

            Position++;
            return true;
        }

        /// <summary>Reads an agency code: Thai or Latin letters with dots (<c>มท</c>, <c>สศด.</c>, <c>บก.ทท.</c>), without the trailing dot.</summary>
        public string? ReadPrefix()
        {
            int start = Position;
            int i = Position;
            while (i < _text.Length && i - start < MaxPrefixLength && (IsLetter(_text[i]) || (_text[i] == '.' && i > start)))
            {
                i++;
            }

            if (i == start)
            {
                return null;
            }

            // A prefix is followed by a space, a digit, or the slash; otherwise it was a word.
            char next = i < _text.Length ? _text[i] : ' ';
            if (!(ThaiChars.IsInlineSpace(next) || ThaiDigits.IsDigit(next) || next == '/'))
            {
                return null;
            }

            Position = i;
            return _text[start..i].TrimEnd('.').ToString();
        }

        /// <summary>Reads digits (either set) in groups separated by dots, as ASCII; OCR's <c>o</c>/<c>O</c> between digits count as zero.</summary>
        public string? ReadDigitGroups(bool allowDots, out bool tolerant)
        {
            tolerant = false;
            bool dotted = false;
            int spaces = 0;
            int i = Position;
            while (i < _text.Length)
            {
                char c = _text[i];
                int read = i - Position;
                if (ThaiDigits.IsDigit(c))
                {
                    i++;
                }
                else if (c is 'o' or 'O' && read > 0 && i + 1 < _text.Length && ThaiDigits.IsDigit(_text[i + 1]))
                {
                    tolerant = true;
                    i++;
                }
                else if (allowDots && c == '.' && read > 0 && i + 1 < _text.Length && ThaiDigits.IsDigit(_text[i + 1]))
                {
                    dotted = true;
                    i++;
                }
                else if (allowDots && c == '.' && read > 0 && IsDotBeforeSpacedGroup(i))
                {
                    // OCR put a space after the office's dot ("0520. 1/123"): the groups run on to the slash.
                    dotted = tolerant = true;
                    spaces++;
                    i += 2;
                }
                else if (allowDots && c == ',' && IsCommaForDot(read, dotted, i))
                {
                    // OCR reads the dot of "๐๓๐๑.๑๐.๑" as a comma now and then.
                    dotted = tolerant = true;
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (i == Position)
            {
                return null;
            }

            // Every character read but a space after a dot stands for one of the result (a digit, an o for a zero, a comma
            // for a dot): the string is written from them in one allocation, none when there are no digits (most lines the
            // segmenter tries).
            var groups = _text[Position..i];
            Position = i;
            return string.Create(groups.Length - spaces, groups, static (destination, source) =>
            {
                int at = 0;
                foreach (char c in source)
                {
                    if (c == ' ')
                    {
                        continue;
                    }

                    destination[at++] = c is '.' or ',' ? '.' : c is 'o' or 'O' ? '0' : (char)('0' + ThaiDigits.DigitValue(c));
                }
            });
        }

        /// <summary>A dot, one space, and digit groups that run on to the number's slash: the office part's dot with a space
        /// OCR put after it, not the full stop of a sentence.</summary>
        private readonly bool IsDotBeforeSpacedGroup(int dot)
        {
            int i = dot + 2;
            if (i >= _text.Length || _text[dot + 1] != ' ' || !ThaiDigits.IsDigit(_text[i]))
            {
                return false;
            }

            while (i < _text.Length && (ThaiDigits.IsDigit(_text[i]) || (_text[i] == '.' && i + 1 < _text.Length && ThaiDigits.IsDigit(_text[i + 1]))))
            {
                i++;
            }

            return i < _text.Length && _text[i] is '/' or '／';
        }

        /// <summary>A comma between two digits of the office part, unless it looks like a thousands separator (<c>๑,๒๓๔</c>):
        /// an office's first group has four digits, a thousands number's one to three followed by exactly three.</summary>
        private readonly bool IsCommaForDot(int digitsRead, bool dotted, int comma)
        {
            if (digitsRead == 0 || comma + 1 >= _text.Length || !ThaiDigits.IsDigit(_text[comma + 1]))
            {
                return false;
            }

            if (dotted || digitsRead > 3)
            {
                return true;
            }

            int after = 0;
            while (comma + 1 + after < _text.Length && ThaiDigits.IsDigit(_text[comma + 1 + after]))
            {
                after++;
            }

            return after != 3;
        }

        /// <summary>Reads the circular mark <c>ว</c> (also <c>ว.</c>) before a serial.</summary>
        /// <summary>A circular's ว right after the office, then its serial (after a space or a stop at most): the slash is missing.</summary>
        public readonly bool IsCircularWithoutSlash() =>
            Peek() == 'ว' && (ThaiDigits.IsDigit(Peek(1)) || (Peek(1) is ' ' or '.' && ThaiDigits.IsDigit(Peek(2))));

        public bool TryReadCircularMark()
        {
            if (Peek() != 'ว')
            {
                return false;
            }

            // A speck over the ว read as a vowel or tone mark (วิ) is noise; a letter after it makes a word (วัน, วิทยุ).
            int marks = 1;
            while (ThaiChars.IsCombiningMark(Peek(marks)))
            {
                marks++;
            }

            if (ThaiChars.IsThaiLetter(Peek(marks)))
            {
                return false;
            }

            Position += marks;
            TryRead('.');
            return true;
        }

        private static bool IsLetter(char c) =>
            c is (>= '\u0E01' and <= '\u0E2E') or (>= '\u0E30' and <= '\u0E3A') or (>= '\u0E40' and <= '\u0E4E') || char.IsAsciiLetter(c);
    }
}
