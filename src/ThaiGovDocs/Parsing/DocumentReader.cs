using ThaiGovDocs.Dates;
using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Reads the fields of one document from its lines, walking three zones in print order: the header (marks, number, date,
/// subject, salutation, references, attachments), the body, and the tail (closing, rank, signature, positions, owner unit, contacts).
/// </summary>
internal sealed class DocumentReader
{
    private const int MaxContinuationLines = 4;

    // A unit name runs to two printed lines at most; its phone may take a third.
    private const int MaxUnitWrapLines = 2;

    /// <summary>"Held on": the word before the date of a meeting in its minutes.</summary>
    private const string MeetingHeldOn = "เมื่อ";

    /// <summary>หรือ ("or"), which joins a second contact to the first.</summary>
    private const string ContactOr = "หรือ";
    private const int MaxOwnerLineLength = 70;
    private const int MaxBlankLinesBeforeValue = 2;
    private const float DamagedRankConfidence = 0.6f;
    private const float MonthOnlyDateConfidence = 0.5f;

    // A text of more lines leaves lists too long to keep between parses.
    private const int MaxCachedLines = 4_096;

    // The reader last given back on this thread: its draft and scratch lists keep their grown arrays for the next parse.
    [ThreadStatic]
    private static DocumentReader? t_cached;

    private LineTable _lines = null!;
    private LineRoles _roles = null!;
    // Scratch lists, emptied per use: their contents are turned into fields before the call returns.
    private readonly List<TextSpan> _continuedParts = new(MaxContinuationLines + 1);
    private readonly RawItemList _items = new();
    private DocumentDraft? _draft;
    private Zone _zone = Zone.Header;
    private bool _positionsOpen;
    private bool _contactsStarted;
    private bool _ownerRunClosed;
    private int _ownerLinesBeforeTailDate = -1;

    private DocumentReader()
    {
    }

    /// <summary>A reader for the documents of one text, read one after another with <see cref="Read"/>; give it back with
    /// <see cref="Return"/> once the last draft is built.</summary>
    public static DocumentReader Rent(LineTable lines, LineRoles roles)
    {
        var reader = t_cached ?? new DocumentReader();
        t_cached = null;
        reader._lines = lines;
        reader._roles = roles;
        return reader;
    }

    /// <summary>Empties the reader (it holds no field of the text afterwards) and keeps it for the thread's next parse.</summary>
    public void Return()
    {
        bool keep = _lines.Count <= MaxCachedLines;
        _draft?.Reset();
        _items.Clear();
        _continuedParts.Clear();
        _lines = null!;
        _roles = null!;
        if (keep)
        {
            t_cached = this;
        }
    }

    // Set by Read before any line is walked.
    private DocumentDraft Draft => _draft!;

    private enum Zone
    {
        Header,
        Body,
        Tail,
    }

    /// <summary>Reads the document in lines [first, end); <paramref name="tailEnd"/> is the first line after its own content
    /// (what follows up to end is an enclosure, endorsements or the stamps of the next document).</summary>
    /// <remarks>The draft returned is valid until the next call, which reuses its lists: build it first.</remarks>
    public DocumentDraft Read(int first, int end, out int tailEnd)
    {
        if (_draft is null)
        {
            _draft = new DocumentDraft();
        }
        else
        {
            _draft.Reset();
        }

        _zone = Zone.Header;
        _positionsOpen = false;
        _contactsStarted = false;
        _ownerRunClosed = false;
        _ownerLinesBeforeTailDate = -1;
        tailEnd = Walk(first, end);
        FinishStampedSender();
        return _draft;
    }

    /// <returns>One past the last line that belonged to the document.</returns>
    private int Walk(int first, int end)
    {
        int lastContent = first - 1;
        for (int i = first; i < end; i++)
        {
            ref readonly var line = ref _lines[i];
            if (line.IsBlank || _roles.IsSkipped(i))
            {
                continue;
            }

            int next = _zone switch
            {
                Zone.Header => Header(i, end),
                Zone.Body => Body(i, end),
                _ => Tail(i, end),
            };
            if (next < 0)
            {
                return i;
            }

            i = next;
            lastContent = next;
        }

        FindDateInBody();
        return lastContent + 1;
    }

    /// <summary>A news item or report carries no date line: its date is the first one its text mentions.</summary>
    private void FindDateInBody()
    {
        if (Draft.Date is not null || Draft.Number is not null || Draft.Salutation is not null || Draft.HeadingKind is DocumentKind.Memo)
        {
            return;
        }

        foreach (var span in Draft.BodyLines)
        {
            if (ThaiDateParser.TryFind(_lines.TextOf(span), out var match) && match.Date is not null)
            {
                SetDate(match, span.Start, 0.6f);
                return;
            }
        }
    }

    private int Header(int i, int end)
    {
        ref readonly var line = ref _lines[i];
        var value = _lines.ValueOf(line);
        NoteTolerance(line);
        switch (line.Label)
        {
            case LabelKind.Heading:
                ReadHeading(line);
                ReadMark(line);
                return ReadIssuerWrap(i, end);
            case LabelKind.Urgency when value.IsEmpty || _lines.TextOf(line.LabelSpan).StartsWith("ด่วนภายใน", StringComparison.Ordinal):
                Draft.Urgency ??= new Field<Urgency>(UrgencyOf(_lines.TextOf(line.LabelSpan)), line.LabelSpan, line.Tolerant ? 0.8f : 1f);
                return i;
            case LabelKind.Secrecy when value.IsEmpty:
                Draft.Secrecy ??= new Field<Secrecy>(SecrecyOf(_lines.TextOf(line.LabelSpan)), line.LabelSpan, line.Tolerant ? 0.8f : 1f);
                return i;
            case LabelKind.Unit:
                Draft.HasUnitLine = true;
                PhoneNumberReader.ReadAll(value, line.ValueSpan.Start, PhoneNumberReader.Target.Phone, Draft.Phones, Draft.Faxes);
                if (Draft.Issuer is not null)
                {
                    return i;
                }

                Draft.Issuer = ReadUnitLine(line, value);
                return ReadUnitWrap(i, end);
            case LabelKind.Number:
                ReadNumber(line);
                return i;
            case LabelKind.Date:
                Draft.HasDateLabel = true;
                if (Draft.Date is null && ThaiDateParser.TryParse(value, out var labelled))
                {
                    SetDate(labelled, line.ValueSpan.Start, line.Tolerant ? 0.8f : 1f);
                }
                else if (Draft.Date is null && ThaiDateParser.TryParseMonthAndYear(value, out var monthOnly))
                {
                    SetMonthDate(monthOnly, line.ValueSpan.Start);
                }

                return i;
            case LabelKind.Subject:
            {
                float confidence = Confidence(line);
                int last = ReadContinued(i, end, line.ValueSpan, confidence, out var subject);
                Draft.Subject ??= subject;
                return last;
            }

            case LabelKind.Salutation:
            {
                float confidence = Confidence(line);
                Draft.Salutation ??= new Field<string>(LabelText(line), line.LabelSpan, confidence);
                int last = ReadContinued(i, end, line.ValueSpan, confidence, out var addressee);
                Draft.Addressee ??= addressee;
                return last;
            }

            case LabelKind.Reference:
                return ReadItems(i, end, attachments: false);
            case LabelKind.Attachment:
                return ReadItems(i, end, attachments: true);
            case LabelKind.Phone or LabelKind.Fax or LabelKind.PhoneAndFax or LabelKind.Email or LabelKind.Coordinator:
                ReadContact(line);
                return i;
            case LabelKind.Conclusion or LabelKind.Closing or LabelKind.IssuedOn:
                _zone = Zone.Tail;
                return Tail(i, end);
            case LabelKind.Source:
                ReadSource(line);
                return i;
        }

        var text = _lines.TextOf(line);
        if (Draft.HeadingKind is { } heading && heading != DocumentKind.Memo && Draft.Subject is null
            && HeadingTitle.StartsWithAbout(text) > 0)
        {
            return ReadMatter(i, end);
        }

        if (Draft.HeadingKind == DocumentKind.Minutes)
        {
            // Minutes have no labels: the meeting's date follows เมื่อ (held on), and the record opens with who attended.
            if (Draft.Date is null && text.StartsWith(MeetingHeldOn, StringComparison.Ordinal)
                && ThaiDateParser.TryFind(text, out var held) && held.Date is not null)
            {
                SetDate(held, line.Span.Start, 0.9f);
                return i;
            }

            if (LinePatterns.StartsMeetingRecord(text))
            {
                _zone = Zone.Body;
                return Body(i, end);
            }
        }

        // Read once: a noise line is still kept when it is a date.
        bool dateOnly = LinePatterns.IsDateOnly(text, out var match);
        if (!dateOnly && LinePatterns.IsNoise(text))
        {
            return i;
        }

        if (dateOnly)
        {
            if (Draft.Date is null || Draft.HasDateLabel is false)
            {
                SetDate(match, line.Span.Start, 0.9f);
            }

            return i;
        }

        if (BodyStarts())
        {
            if (Draft.Title is null && Draft.Subject is null && Draft.Number is null && Draft.Salutation is null)
            {
                // A document without labels (a news item) opens with its title.
                Draft.Title = new Field<string>(text.ToString(), line.Span, 0.7f);
                _zone = Zone.Body;
                return i;
            }

            _zone = Zone.Body;
            return Body(i, end);
        }

        // Letterhead and address lines: not fields.
        return i;
    }

    private bool BodyStarts() =>
        Draft.Salutation is not null
        || (Draft.HeadingKind is not null && Draft.HeadingKind != DocumentKind.Memo && Draft.Subject is not null)
        || (Draft.Number is null && Draft.Subject is null && Draft.HeadingKind is null);

    private int Body(int i, int end)
    {
        ref readonly var line = ref _lines[i];
        var text = _lines.TextOf(line);
        if (line.Label is LabelKind.Heading or LabelKind.Number or LabelKind.Subject or LabelKind.Salutation or LabelKind.Unit
            && Draft.Subject is null && Draft.Salutation is null && Draft.Number is null && Draft.HeadingKind is null)
        {
            // What looked like a title was noise above the real header (OCR junk from a crest or a stamp).
            Draft.Title = null;
            Draft.BodyLines.Clear();
            _zone = Zone.Header;
            return Header(i, end);
        }

        switch (line.Label)
        {
            case LabelKind.Conclusion:
                Draft.BodyLines.Add(line.Span);
                _zone = Zone.Tail;
                return i;
            case LabelKind.Closing or LabelKind.IssuedOn:
                _zone = Zone.Tail;
                return Tail(i, end);
            case LabelKind.Phone or LabelKind.Fax or LabelKind.PhoneAndFax or LabelKind.Email:
                MoveOwnerBlockOutOfBody();
                _zone = Zone.Tail;
                return Tail(i, end);
            case LabelKind.Source:
                ReadSource(line);
                _zone = Zone.Tail;
                return i;
        }

        if (line.Label is LabelKind.Attachment or LabelKind.Reference && Draft.BodyLines.Count == 0)
        {
            // Noise between the salutation and the attachment list started the body too early.
            _zone = Zone.Header;
            return Header(i, end);
        }

        // Read once, for the noise test and the end of the body.
        bool dateOnly = LinePatterns.IsDateOnly(text, out _);
        if (!dateOnly && LinePatterns.IsNoise(text))
        {
            return i;
        }

        if (Draft.BodyLines.Count > 0 && (dateOnly || LinePatterns.TryGetParenthesizedName(text, out _, out _)))
        {
            MoveOwnerBlockOutOfBody();
            _zone = Zone.Tail;
            return Tail(i, end);
        }

        Draft.BodyLines.Add(line.Span);
        return i;
    }

    /// <summary>A letter without a closing (a stamped letter) runs from its body straight into the owner unit:
    /// the short unit-name lines just above the first contact line are the owner, not body text.</summary>
    private void MoveOwnerBlockOutOfBody()
    {
        int count = 0;
        for (int k = Draft.BodyLines.Count - 1; k >= 0; k--)
        {
            var text = _lines.TextOf(Draft.BodyLines[k]);
            if (text.Length > MaxOwnerLineLength || !LinePatterns.StartsWithUnitWord(text))
            {
                break;
            }

            count++;
        }

        if (count == 0 || count == Draft.BodyLines.Count)
        {
            return;
        }

        int from = Draft.BodyLines.Count - count;
        Draft.OwnerLines.AddRange(Draft.BodyLines.GetRange(from, count));
        Draft.BodyLines.RemoveRange(from, count);
    }

    private int Tail(int i, int end)
    {
        ref readonly var line = ref _lines[i];
        var text = _lines.TextOf(line);
        var value = _lines.ValueOf(line);
        switch (line.Label)
        {
            case LabelKind.Closing:
                Draft.Closing ??= new Field<string>(LabelText(line), line.LabelSpan, Confidence(line));
                return i;
            case LabelKind.Conclusion:
                Draft.BodyLines.Add(line.Span);
                return i;
            case LabelKind.IssuedOn:
                if (ThaiDateParser.TryParse(value, out var issued))
                {
                    SetDate(issued, line.ValueSpan.Start, 1f);
                }

                return i;
            case LabelKind.Phone or LabelKind.Fax or LabelKind.PhoneAndFax or LabelKind.Email or LabelKind.Coordinator:
                ReadContact(line);
                _contactsStarted = true;
                _positionsOpen = false;
                _ownerRunClosed = Draft.OwnerLines.Count > 0;
                return i;
            case LabelKind.CopyTo:
                return i;
            case LabelKind.Source:
                ReadSource(line);
                return i;
            case LabelKind.Endorsement:
                return i;
            case LabelKind.Attachment or LabelKind.Heading or LabelKind.Number or LabelKind.Subject or LabelKind.Salutation or LabelKind.Reference:
                // A new part begins: an enclosure, or a letter the segmenter did not split off.
                return -1;
        }

        if (LinePatterns.TryGetParenthesizedName(text, out int innerStart, out int innerLength))
        {
            if (Draft.SignatureName is null)
            {
                Draft.SignatureName = new Field<string>(FieldText.Collapse(text.Slice(innerStart, innerLength)), new TextSpan(line.Span.Start + innerStart, innerLength), 1f);
                Draft.Rank ??= RankAbove(i);
                _positionsOpen = true;
                return i;
            }

            // A second signature: an endorsement by the receiving office, or past the end of this document.
            _positionsOpen = false;
            return _contactsStarted ? -1 : i;
        }

        if (LinePatterns.IsDateOnly(text, out var date))
        {
            if (Draft.Date is null)
            {
                SetDate(date, line.Span.Start, 0.8f);
                _ownerLinesBeforeTailDate = Draft.OwnerLines.Count;
            }

            return i;
        }

        if (LinePatterns.IsNoise(text))
        {
            return i;
        }

        bool unit = LinePatterns.StartsWithUnitWord(text);
        if (_positionsOpen && !(unit && Draft.Positions.Count > 0))
        {
            if (Draft.Positions.Count > 0 && LinePatterns.ContinuesActingFor(Draft.Positions[^1].Value, text))
            {
                // The acting-for phrase wrapped inside itself: one position, the phrase's halves joined as one word.
                var wrapped = Draft.Positions[^1];
                Draft.Positions[^1] = wrapped with
                {
                    Value = wrapped.Value + AbbreviationMarks.Clean(FieldText.Collapse(text)),
                    Span = TextSpan.FromBounds(wrapped.Span.Start, line.Span.End),
                };
            }
            else if (!LinePatterns.IsRank(text) && !Ranks.TryReadSignatureLine(text, out _, out _))
            {
                Draft.Positions.Add(new Field<string>(AbbreviationMarks.Clean(FieldText.Collapse(text)), line.Span, 0.9f));
            }

            return i;
        }

        _positionsOpen = false;
        if (unit && Draft.SignatureName is not null || unit && Draft.Salutation is { Value: "ถึง" } || unit && Draft.Closing is null && Draft.BodyLines.Count > 0)
        {
            if (_ownerRunClosed && _contactsStarted && Draft.OwnerLines.Count > 0)
            {
                return -1;
            }

            if (_ownerRunClosed)
            {
                Draft.OwnerLines.Clear();
                _ownerRunClosed = false;
            }

            Draft.OwnerLines.Add(line.Span);
            return i;
        }

        if (_contactsStarted && TryReadContactAfterOr(line, text))
        {
            return i;
        }

        if (_contactsStarted)
        {
            return -1;
        }

        // Junk between parts of the tail (handwriting read as text): it interrupts an owner block.
        _ownerRunClosed = Draft.OwnerLines.Count > 0;
        return i;
    }

    /// <summary>A salutation or closing as printed; as the regulation writes it when OCR damaged it (a lost vowel).</summary>
    private string LabelText(in Line line)
    {
        var printed = _lines.TextOf(line.LabelSpan);
        return line.Tolerant ? LabelMatcher.PrintedForm(printed) ?? printed.ToString() : TableText(printed);
    }

    /// <summary>A label printed as the table spells it: the table's string, not a copy of it (salutations and closings
    /// repeat in every letter).</summary>
    private static string TableText(ReadOnlySpan<char> printed)
    {
        if (!printed.IsEmpty)
        {
            foreach (ref readonly var candidate in LabelTable.Candidates(printed[0]))
            {
                if (printed.SequenceEqual(candidate.Text))
                {
                    return candidate.Text;
                }
            }
        }

        return printed.ToString();
    }

    /// <summary>The issuer on a memo's <c>ส่วนราชการ</c> line, mended of what its leader line left in it.</summary>
    private Field<string> ReadUnitLine(in Line line, ReadOnlySpan<char> value)
    {
        var issuer = LeaderDamage.Clean(FieldText.Collapse(value), out bool repaired);
        if (!repaired)
        {
            return new Field<string>(issuer, line.ValueSpan, 1f);
        }

        Draft.Diagnostics.Add(new Diagnostic(DiagnosticCodes.LeaderDamageRepaired, DiagnosticSeverity.Info, line.ValueSpan,
            $"The issuer '{_lines.StringOf(line.ValueSpan)}' was read as '{issuer}' (leader dots or a stray parenthesis)."));
        return new Field<string>(issuer, line.ValueSpan, 0.8f);
    }

    /// <summary>
    /// A memo's <c>ส่วนราชการ</c> value wrapped onto the lines before its <c>ที่</c> line (a long unit name, or its
    /// <c>โทร.</c> on a line of its own): those lines are the rest of the issuer, and their phones are the memo's.
    /// </summary>
    /// <returns>The last line read.</returns>
    private int ReadUnitWrap(int i, int end)
    {
        var parts = _continuedParts;
        parts.Clear();
        parts.Add(_lines[i].ValueSpan);
        int j = i + 1;
        for (; j < end && j - i <= MaxUnitWrapLines; j++)
        {
            ref readonly var next = ref _lines[j];
            if (next.IsBlank || _roles.IsSkipped(j) || (next.HasLabel && next.Label != LabelKind.Phone))
            {
                break;
            }

            parts.Add(next.Span);
        }

        // Only what stands between the unit line and the number line is the unit's: nothing else comes between them.
        if (parts.Count == 1 || j >= end || _lines[j].Label != LabelKind.Number)
        {
            return i;
        }

        for (int k = 1; k < parts.Count; k++)
        {
            PhoneNumberReader.ReadAll(_lines.TextOf(parts[k]), parts[k].Start, PhoneNumberReader.Target.Phone, Draft.Phones, Draft.Faxes);
        }

        var issuer = LeaderDamage.Clean(FieldText.CollapseJoined(_lines, parts), out bool repaired);
        Draft.Issuer = new Field<string>(issuer, TextSpan.FromBounds(parts[0].Start, parts[^1].End), repaired ? 0.8f : 0.9f);
        return j - 1;
    }

    private Field<string>? RankAbove(int nameLine)
    {
        for (int j = nameLine - 1; j >= 0 && nameLine - j <= 3; j--)
        {
            ref readonly var above = ref _lines[j];
            if (above.IsBlank || _roles.IsSkipped(j))
            {
                continue;
            }

            var text = _lines.TextOf(above);
            if (Ranks.TryReadSignatureLine(text, out string rank, out bool damaged))
            {
                if (!damaged)
                {
                    return new Field<string>(rank, above.Span, 0.9f);
                }

                Draft.Diagnostics.Add(new Diagnostic(DiagnosticCodes.DamagedRank, DiagnosticSeverity.Info, above.Span,
                    $"The rank '{rank}' was read from a damaged line '{_lines.StringOf(above.Span)}'."));
                return new Field<string>(rank, above.Span, DamagedRankConfidence);
            }

            // A rank spaced out inside (พ. อ.) is still one as printed.
            return LinePatterns.IsRank(text) ? new Field<string>(text.ToString(), above.Span, 0.9f) : null;
        }

        return null;
    }

    private void ReadHeading(in Line line)
    {
        var label = _lines.TextOf(line.LabelSpan);
        var kind = HeadingKinds.KindOf(label);
        if (kind is null || Draft.HeadingKind is not null)
        {
            return;
        }

        Draft.HeadingKind = kind;
        var value = _lines.ValueOf(line);
        if (kind == DocumentKind.Memo || value.IsEmpty)
        {
            return;
        }

        int agency = HeadingTitle.AgencyLength(value);
        if (agency > 0)
        {
            Draft.Issuer ??= new Field<string>(FieldText.Collapse(value[..agency]), new TextSpan(line.ValueSpan.Start, agency), 0.9f);
        }

        if (HeadingTitle.TryGetMatter(value, out int start, out int length))
        {
            Draft.Subject ??= new Field<string>(FieldText.Collapse(value.Slice(start, length)), new TextSpan(line.ValueSpan.Start + start, length), 0.9f);
        }
    }

    /// <summary>The heading's agency wrapped onto the next line (<c>รายงานการประชุมคณะกรรมการบริหารงานบุคคล</c> over
    /// <c>สำนักงานเขตพื้นที่การศึกษา…</c>): that line, when it names a unit, is the rest of the issuer.</summary>
    private int ReadIssuerWrap(int i, int end)
    {
        ref readonly var heading = ref _lines[i];
        if (Draft.Issuer is not { } issuer || issuer.Span.Start < heading.Span.Start)
        {
            return i;
        }

        // OCR may put a blank line between the heading's rows.
        int j = i + 1;
        if (j < end && _lines[j].IsBlank)
        {
            j++;
        }

        if (j >= end)
        {
            return i;
        }

        ref readonly var next = ref _lines[j];
        var text = _lines.TextOf(next);
        if (next.IsBlank || next.HasLabel || _roles.IsSkipped(j) || !LinePatterns.StartsWithUnitWord(text))
        {
            return i;
        }

        int kept = HeadingTitle.AgencyLength(text);
        Draft.Issuer = issuer with
        {
            Value = issuer.Value + " " + FieldText.Collapse(text[..kept]),
            Span = TextSpan.FromBounds(issuer.Span.Start, next.Span.Start + kept),
        };
        return j;
    }

    /// <summary>A rule's matter on a line of its own under the heading (<c>ว่าด้วยการใช้รถราชการ</c>), wrapped onto
    /// further lines when long, up to the title's closing amendment number or year: the rule's subject.</summary>
    private int ReadMatter(int i, int end)
    {
        ref readonly var line = ref _lines[i];
        var text = _lines.TextOf(line);
        if (!HeadingTitle.TryGetMatter(text, out int start, out int length))
        {
            return i;
        }

        var parts = _continuedParts;
        parts.Clear();
        parts.Add(new TextSpan(line.Span.Start + start, length));
        bool closed = start + length < text.TrimEnd().Length;
        int last = i;
        for (int j = i + 1; !closed && j < end && parts.Count <= MaxContinuationLines; j++)
        {
            ref readonly var next = ref _lines[j];
            if (next.IsBlank || next.HasLabel || _roles.IsSkipped(j))
            {
                break;
            }

            var nextText = _lines.TextOf(next);
            if (HeadingTitle.IsClosingLine(nextText) || LinePatterns.IsRule(nextText) || LinePatterns.StartsWithBodyOpener(nextText))
            {
                break;
            }

            int kept = HeadingTitle.TitleLength(nextText);
            closed = kept < nextText.TrimEnd().Length;
            parts.Add(new TextSpan(next.Span.Start, kept));
            last = j;
        }

        Draft.Subject = new Field<string>(FieldText.CollapseJoined(_lines, parts), TextSpan.FromBounds(parts[0].Start, parts[^1].End), 0.9f);
        return last;
    }

    /// <summary>An urgency or secrecy mark printed on the heading's line.</summary>
    private void ReadMark(in Line line)
    {
        var mark = _lines.TextOf(line.MarkSpan);
        if (line.Mark == LabelKind.Urgency)
        {
            Draft.Urgency ??= new Field<Urgency>(UrgencyOf(mark), line.MarkSpan, 0.8f);
        }
        else if (line.Mark == LabelKind.Secrecy)
        {
            Draft.Secrecy ??= new Field<Secrecy>(SecrecyOf(mark), line.MarkSpan, 0.8f);
        }
    }

    private void ReadNumber(in Line line)
    {
        if (Draft.Number is not null)
        {
            return;
        }

        var value = _lines.ValueOf(line);
        int dateLabel = IndexOfDateLabel(value);
        if (dateLabel > 0)
        {
            // A memo prints "ที่ …" and "วันที่ …" on one line.
            var dateValue = value[dateLabel..];
            int skip = DigitScanner.IndexOfDigit(dateValue);
            Draft.HasDateLabel = true;
            if (Draft.Date is null && skip >= 0 && ThaiDateParser.TryParse(dateValue[skip..], out var date))
            {
                SetDate(date, line.ValueSpan.Start + dateLabel + skip, 0.9f);
            }
            else if (Draft.Date is null && ThaiDateParser.TryParseMonthAndYear(dateValue, out var monthOnly))
            {
                SetMonthDate(monthOnly, line.ValueSpan.Start + dateLabel);
            }

            value = value[..dateLabel].TrimEnd();
        }

        if (DocumentNumberParser.TryParseWithRepairs(value, line.ValueSpan.Start, out var number, out _, out NumberRepairs repairs))
        {
            if (line.Tolerant)
            {
                number = number with { Confidence = number.Confidence * 0.9f };
            }

            if (number.Prefix is not null && number.PrefixName is null)
            {
                Draft.Diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownAgencyCode, DiagnosticSeverity.Info, number.Span,
                    $"Agency code '{number.Prefix}' is not in the official lists."));
            }

            if (repairs != NumberRepairs.None)
            {
                Draft.Diagnostics.Add(new Diagnostic(DiagnosticCodes.NumberRepaired, DiagnosticSeverity.Info, number.Span,
                    $"Document number '{number.Raw}' was read through OCR damage: {NumberRepairsText.Describe(repairs)}."));
            }

            if (number.Serial is null)
            {
                Draft.Diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedNumber, DiagnosticSeverity.Warning, number.Span,
                    $"The serial of document number '{number.Raw}' could not be read."));
            }

            Draft.Number = number;
            return;
        }

        Draft.Number = new DocumentNumber { Raw = value.ToString(), Span = new TextSpan(line.ValueSpan.Start, value.Length), Confidence = 0.3f };
        Draft.Diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedNumber, DiagnosticSeverity.Warning, line.ValueSpan,
            "The document number could not be read."));
    }

    /// <summary>Where a <c>วันที่</c> label (tone mark possibly lost) starts inside a value, after white space or the dots of a
    /// form's blank (<c>. . .วันที่</c>); -1 if none.</summary>
    private static int IndexOfDateLabel(ReadOnlySpan<char> value)
    {
        for (int from = 0; from < value.Length;)
        {
            int at = value[from..].IndexOf("วันที", StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (at > 0 && (ThaiChars.IsInlineSpace(value[at - 1]) || char.IsPunctuation(value[at - 1])))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private void ReadSource(in Line line)
    {
        Draft.HasSourceLine = true;
        var value = _lines.ValueOf(line);
        if (!value.IsEmpty)
        {
            Draft.Issuer ??= new Field<string>(FieldText.Collapse(value), line.ValueSpan, 0.9f);
        }
    }

    /// <summary>A contact that goes on with หรือ ("or") and another contact label (<c>หรือไปรษณีย์อิเล็กทรอนิกส์ …</c>), which
    /// the tokenizer leaves unlabelled: read as that contact, so the tail reads on past it.</summary>
    private bool TryReadContactAfterOr(in Line line, ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith(ContactOr, StringComparison.Ordinal))
        {
            return false;
        }

        var afterOr = trimmed[ContactOr.Length..];
        var labelText = afterOr.TrimStart();
        var kind = LabelMatcher.Match(labelText, out int labelLength, out _);
        if (kind is not (LabelKind.Phone or LabelKind.Fax or LabelKind.PhoneAndFax or LabelKind.Email))
        {
            return false;
        }

        int labelStart = line.Span.End - labelText.Length;
        var label = new TextSpan(labelStart, labelLength);
        ReadContact(line with { Label = kind, LabelSpan = label, ValueSpan = TextSpan.FromBounds(label.End, line.Span.End) });
        return true;
    }

    private void ReadContact(in Line line)
    {
        var target = line.Label switch
        {
            LabelKind.Fax => PhoneNumberReader.Target.Fax,
            LabelKind.PhoneAndFax => PhoneNumberReader.Target.Both,
            _ => PhoneNumberReader.Target.Phone,
        };
        var value = _lines.ValueOf(line);
        if (line.Label != LabelKind.Email)
        {
            PhoneNumberReader.ReadAll(value, line.ValueSpan.Start, target, Draft.Phones, Draft.Faxes);
        }

        EmailScanner.ScanAll(value, line.ValueSpan.Start, Draft.Emails, Confidence(line));
    }

    /// <summary>Reads a value and the lines that continue it, joined with single spaces (null when there is none).</summary>
    /// <returns>The last line read.</returns>
    private int ReadContinued(int i, int end, TextSpan first, float confidence, out Field<string>? value)
    {
        value = null;
        var parts = _continuedParts;
        parts.Clear();
        if (first.Length > 0)
        {
            parts.Add(first);
        }

        int last = i;
        for (int j = i + 1; j < end && parts.Count <= MaxContinuationLines; j++)
        {
            ref readonly var line = ref _lines[j];
            if (line.IsBlank && parts.Count == 0 && j - i <= MaxBlankLinesBeforeValue)
            {
                // A label whose value OCR moved below it, after blank lines.
                continue;
            }

            if (line.IsBlank && parts.Count > 0 && ContinuesAcrossBlank(parts[^1], j + 1, end))
            {
                continue;
            }

            if (line.IsBlank || line.HasLabel || _roles.IsSkipped(j))
            {
                break;
            }

            var text = _lines.TextOf(line);
            if (LinePatterns.StartsWithBodyOpener(text) || LinePatterns.IsDateOnly(text, out _)
                || LinePatterns.TryGetParenthesizedName(text, out _, out _) || LinePatterns.IsRule(text))
            {
                break;
            }

            if (LinePatterns.IsOrphanMarkJunk(text) || LinePatterns.IsScatteredSpecks(text))
            {
                // Handwriting or specks beside the value: they end the value and are no part of what follows either.
                last = j;
                break;
            }

            parts.Add(line.Span);
            last = j;
        }

        if (parts.Count > 0)
        {
            value = new Field<string>(FieldText.CollapseJoined(_lines, parts), TextSpan.FromBounds(parts[0].Start, parts[^1].End), confidence);
        }

        return last;
    }

    /// <summary>
    /// Whether the line at <paramref name="next"/>, after one blank line, carries on the value that ended with
    /// <paramref name="last"/>: OCR put the blank line inside it, and the letter shows the two parts running on
    /// without a space elsewhere (a subject the body repeats: <c>…การบริหารจัดการ</c> / <c>ขององค์กร…</c>).
    /// </summary>
    private bool ContinuesAcrossBlank(TextSpan last, int next, int end)
    {
        if (next >= end)
        {
            return false;
        }

        ref readonly var line = ref _lines[next];
        if (line.IsBlank || line.HasLabel || _roles.IsSkipped(next))
        {
            return false;
        }

        var text = _lines.TextOf(line).Trim();
        return !LinePatterns.StartsWithBodyOpener(text)
            && WrapJoin.WithoutSpace(WrapJoin.EvidenceAround(_lines.Text, line.Span.Start), _lines.TextOf(last), text);
    }

    private int ReadItems(int i, int end, bool attachments)
    {
        var items = _items;
        items.Clear();
        int last = ItemListReader.Read(_lines, i, end, _roles, items);
        float confidence = Confidence(_lines[i]);
        for (int k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (attachments)
            {
                Draft.Attachments.Add(ItemListReader.ToAttachment(_lines, item, confidence));
            }
            else
            {
                Draft.References.Add(ItemListReader.ToReference(_lines, item, confidence));
            }
        }

        return last;
    }

    private void SetDate(in ThaiDateMatch match, int offset, float confidence)
    {
        var span = new TextSpan(offset + match.Span.Start, match.Span.Length);
        if (match.Problem is { } problem)
        {
            Draft.Diagnostics.Add(problem with { Span = new TextSpan(offset + problem.Span.Start, problem.Span.Length) });
        }

        if (match.Date is { } date && match.BuddhistYear is { } buddhistYear)
        {
            Draft.Date = new Field<LetterDate>(LetterDate.FromDateOnly(date, buddhistYear), span, confidence);
            Draft.BuddhistYear = buddhistYear;
        }
    }

    /// <summary>The day of the letter's own date is unreadable: keep its month and year, doubtful and flagged.</summary>
    private void SetMonthDate(in ThaiMonthMatch match, int offset)
    {
        var span = new TextSpan(offset + match.Span.Start, match.Span.Length);
        Draft.Date = new Field<LetterDate>(match.Date, span, MonthOnlyDateConfidence);
        Draft.BuddhistYear = match.Date.BuddhistYear;
        Draft.Diagnostics.Add(match.Problem with { Span = new TextSpan(offset + match.Problem.Span.Start, match.Problem.Span.Length) });
    }

    /// <summary>A stamped letter prints its sender (a department or province) above the owner unit.</summary>
    private void FinishStampedSender()
    {
        if (Draft.Salutation is not { Value: "ถึง" } || Draft.Subject is not null || Draft.OwnerLines.Count < 2 || Draft.Issuer is not null)
        {
            return;
        }

        // The sender is printed with the stamp, above the date; the owner unit comes below it.
        if (_ownerLinesBeforeTailDate > 0 && _ownerLinesBeforeTailDate < Draft.OwnerLines.Count)
        {
            var senderLines = Draft.OwnerLines.GetRange(0, _ownerLinesBeforeTailDate);
            var span = TextSpan.FromBounds(senderLines[0].Start, senderLines[^1].End);
            Draft.Issuer = new Field<string>(FieldText.CollapseJoined(_lines, senderLines), span, 0.8f);
            Draft.OwnerLines.RemoveRange(0, _ownerLinesBeforeTailDate);
            return;
        }

        var first = Draft.OwnerLines[0];
        if (LinePatterns.StartsWithIssuerWord(_lines.TextOf(first)))
        {
            Draft.Issuer = new Field<string>(_lines.StringOf(first), first, 0.7f);
            Draft.OwnerLines.RemoveAt(0);
        }
    }

    private void NoteTolerance(in Line line)
    {
        if (line.Tolerant && line.HasLabel)
        {
            Draft.Diagnostics.Add(new Diagnostic(DiagnosticCodes.TolerantLabel, DiagnosticSeverity.Info, line.LabelSpan,
                $"Label '{_lines.StringOf(line.LabelSpan)}' was matched with tolerance ({line.Label})."));
        }
    }

    private static float Confidence(in Line line) => line.Tolerant ? 0.8f : 1f;

    private static Urgency UrgencyOf(ReadOnlySpan<char> label) =>
        label.StartsWith("ด่วนที่สุด", StringComparison.Ordinal) ? ThaiGovDocs.Urgency.MostUrgent
        : label.StartsWith("ด่วนมาก", StringComparison.Ordinal) ? ThaiGovDocs.Urgency.VeryUrgent
        : ThaiGovDocs.Urgency.Urgent;

    private static Secrecy SecrecyOf(ReadOnlySpan<char> label) =>
        label.StartsWith("ลับที่สุด", StringComparison.Ordinal) ? ThaiGovDocs.Secrecy.TopSecret
        : label.StartsWith("ลับมาก", StringComparison.Ordinal) ? ThaiGovDocs.Secrecy.Secret
        : ThaiGovDocs.Secrecy.Confidential;
}
