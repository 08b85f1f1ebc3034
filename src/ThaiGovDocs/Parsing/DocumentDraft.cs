using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Parsing;

/// <summary>The mutable state of one document while <see cref="DocumentReader"/> walks its lines; frozen by <see cref="Build"/>.</summary>
internal sealed class DocumentDraft
{
    public DocumentDraft()
    {
        References = [];
        Attachments = [];
        BodyLines = [];
        Positions = [];
        OwnerLines = [];
        Phones = [];
        Faxes = [];
        Emails = [];
        Receipts = [];
        Diagnostics = [];
    }

    public DocumentKind? HeadingKind { get; set; }

    public bool HasSourceLine { get; set; }

    public bool HasUnitLine { get; set; }

    public bool HasDateLabel { get; set; }

    public Field<Urgency>? Urgency { get; set; }

    public Field<Secrecy>? Secrecy { get; set; }

    public DocumentNumber? Number { get; set; }

    public Field<LetterDate>? Date { get; set; }

    public int? BuddhistYear { get; set; }

    public Field<string>? Issuer { get; set; }

    public Field<string>? Title { get; set; }

    public Field<string>? Subject { get; set; }

    public Field<string>? Salutation { get; set; }

    public Field<string>? Addressee { get; set; }

    public List<Reference> References { get; }

    public List<Attachment> Attachments { get; }

    public List<TextSpan> BodyLines { get; }

    public Field<string>? Closing { get; set; }

    public Field<string>? Rank { get; set; }

    public Field<string>? SignatureName { get; set; }

    public List<Field<string>> Positions { get; }

    public List<TextSpan> OwnerLines { get; }

    public List<PhoneNumber> Phones { get; }

    public List<PhoneNumber> Faxes { get; }

    public List<Field<string>> Emails { get; }

    public List<ReceiptStamp> Receipts { get; }

    public List<Diagnostic> Diagnostics { get; }

    /// <summary>Blanks this draft for the next document once <see cref="Build"/> has copied it.</summary>
    /// <remarks>A bundle's documents share one draft, its lists and their grown arrays, instead of allocating a draft
    /// (about 0.7 KB) and ten lists per document. Every settable property is cleared here: a test checks that a reset
    /// draft equals a new one.</remarks>
    public void Reset()
    {
        HeadingKind = null;
        HasSourceLine = false;
        HasUnitLine = false;
        HasDateLabel = false;
        Urgency = null;
        Secrecy = null;
        Number = null;
        Date = null;
        BuddhistYear = null;
        Issuer = null;
        Title = null;
        Subject = null;
        Salutation = null;
        Addressee = null;
        Closing = null;
        Rank = null;
        SignatureName = null;
        References.Clear();
        Attachments.Clear();
        BodyLines.Clear();
        Positions.Clear();
        OwnerLines.Clear();
        Phones.Clear();
        Faxes.Clear();
        Emails.Clear();
        Receipts.Clear();
        Diagnostics.Clear();
    }

    public DocumentKind Classify()
    {
        if (HeadingKind is { } heading)
        {
            return heading;
        }

        if (HasUnitLine && HasDateLabel && Subject is not null)
        {
            return DocumentKind.Memo;
        }

        if (Salutation is { Value: "ถึง" } && Subject is null)
        {
            return DocumentKind.Stamped;
        }

        if (Number is not null || Subject is not null || Salutation is not null)
        {
            return DocumentKind.External;
        }

        return HasSourceLine ? DocumentKind.News : DocumentKind.Unknown;
    }

    public LetterDocument Build(LineTable lines, RepairedText repaired, DocumentKind kind, TextSpan span)
    {
        if (Date is { } date && Receipts.Count > 0 && ReceiptDateCheck.Check(date, Receipts) is { } implausible)
        {
            Diagnostics.Add(implausible);
        }

        Signatory? signatory = null;
        if (SignatureName is { } name)
        {
            signatory = new Signatory
            {
                Name = name,
                Rank = Rank,
                Positions = [.. Positions],
                ActingFor = FindActingFor(),
            };
        }

        var body = BodyLines.Count > 0 ? new DeferredTextField(repaired, lines.Text, BodyLines, 1f) : null;

        Field<string>? owner = null;
        if (OwnerLines.Count > 0)
        {
            var text = FieldText.CollapseJoined(lines, OwnerLines);
            owner = new Field<string>(text, TextSpan.FromBounds(OwnerLines[0].Start, OwnerLines[^1].End), 0.8f);
        }

        var contacts = Phones.Count + Faxes.Count + Emails.Count == 0
            ? Contacts.Empty
            : new Contacts { Phones = Distinct(Phones), Faxes = Distinct(Faxes), Emails = DistinctEmails(Emails) };

        return new LetterDocument
        {
            Kind = kind,
            Span = span,
            Urgency = Urgency,
            Secrecy = Secrecy,
            Number = Number,
            Date = Date,
            BuddhistYear = BuddhistYear,
            Issuer = Issuer,
            Subject = Subject ?? (kind == DocumentKind.News ? Title : null),
            Salutation = Salutation,
            Addressee = Addressee,
            References = [.. References],
            Attachments = [.. Attachments],
            DeferredBody = body,
            Closing = Closing,
            Signatory = signatory,
            Owner = owner,
            Contacts = contacts,
            Receipts = [.. Receipts],
            Diagnostics = [.. Diagnostics],
        };
    }

    // A letter prints a few numbers: comparing each with those kept beats a hash set and LINQ's iterator (and their
    // allocations); a long list still goes through DistinctBy so the time stays linear.
    private const int MaxQuadraticDistinct = 16;

    private static ImmutableArray<PhoneNumber> Distinct(List<PhoneNumber> numbers) =>
        numbers.Count > MaxQuadraticDistinct
            ? [.. numbers.DistinctBy(p => (p.Number, p.Extension))]
            : DistinctSmall(numbers, static (a, b) => string.Equals(a.Number, b.Number, StringComparison.Ordinal) && string.Equals(a.Extension, b.Extension, StringComparison.Ordinal));

    private static ImmutableArray<Field<string>> DistinctEmails(List<Field<string>> emails) =>
        emails.Count > MaxQuadraticDistinct
            ? [.. emails.DistinctBy(e => e.Value)]
            : DistinctSmall(emails, static (a, b) => string.Equals(a.Value, b.Value, StringComparison.Ordinal));

    /// <summary>The first of each group of equal items, in order (what DistinctBy keeps).</summary>
    /// <remarks>Counted first, then copied into an array of that size: one allocation, no builder.</remarks>
    private static ImmutableArray<T> DistinctSmall<T>(List<T> items, Func<T, T, bool> equal)
    {
        Span<bool> repeated = stackalloc bool[MaxQuadraticDistinct];
        int count = 0;
        for (int i = 0; i < items.Count; i++)
        {
            // An item equal to any earlier one is equal to the first of its group, which is kept.
            for (int k = 0; k < i && !repeated[i]; k++)
            {
                repeated[i] = equal(items[k], items[i]);
            }

            count += repeated[i] ? 0 : 1;
        }

        if (count == 0)
        {
            return [];
        }

        var kept = new T[count];
        int at = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (!repeated[i])
            {
                kept[at++] = items[i];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(kept);
    }

    /// <summary>The person acted for is named after the acting-for phrase: on the same line, or on the next position line.</summary>
    private Field<string>? FindActingFor()
    {
        for (int i = 0; i < Positions.Count; i++)
        {
            var position = Positions[i];
            int at = LinePatterns.IndexOfActingFor(position.Value, out int length);
            if (at < 0)
            {
                continue;
            }

            var rest = position.Value[(at + length)..].Trim();
            if (rest.Length > 0)
            {
                int restStart = position.Value.IndexOf(rest, at + length, StringComparison.Ordinal);
                return new Field<string>(rest, new TextSpan(position.Span.Start + restStart, rest.Length), 0.9f);
            }

            if (i + 1 < Positions.Count)
            {
                return Positions[i + 1] with { Confidence = 0.9f };
            }
        }

        return null;
    }
}
