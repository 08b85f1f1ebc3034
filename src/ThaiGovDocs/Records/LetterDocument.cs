using System.Collections.Immutable;

namespace ThaiGovDocs;

/// <summary>One document of a text: a letter, memo, announcement, order, news item or enclosure, with every field read from it.</summary>
public sealed record LetterDocument
{
    /// <summary>The kind of document.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>The extent of the document in the text.</summary>
    public TextSpan Span { get; init; }

    /// <summary>ชั้นความเร็ว, if marked.</summary>
    public Field<Urgency>? Urgency { get; init; }

    /// <summary>ชั้นความลับ, if marked.</summary>
    public Field<Secrecy>? Secrecy { get; init; }

    /// <summary>The <c>ที่</c> number.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The document's own date; on a scan whose day is unreadable, only to the month (<see cref="LetterDate.Day"/> null).</summary>
    public Field<LetterDate>? Date { get; init; }

    /// <summary>The Buddhist-era year of <see cref="Date"/> as printed.</summary>
    public int? BuddhistYear { get; init; }

    /// <summary>Who issued it (memo <c>ส่วนราชการ</c>, announcement heading agency, stamped-letter sender, news source).</summary>
    public Field<string>? Issuer { get; init; }

    /// <summary>The <c>เรื่อง</c> text, continuation lines joined with one space.</summary>
    public Field<string>? Subject { get; init; }

    /// <summary>The opening word: <c>เรียน</c>, <c>กราบเรียน</c>, <c>ถึง</c>, <c>เสนอ</c>.</summary>
    public Field<string>? Salutation { get; init; }

    /// <summary>The text after the salutation, continuation lines joined with one space.</summary>
    public Field<string>? Addressee { get; init; }

    /// <summary><c>อ้างถึง</c> items.</summary>
    public ImmutableArray<Reference> References { get; init; } = [];

    /// <summary><c>สิ่งที่ส่งมาด้วย</c> items.</summary>
    public ImmutableArray<Attachment> Attachments { get; init; } = [];

    private readonly DeferredTextField? _body;

    /// <summary>The body text, paragraphs separated by newlines.</summary>
    /// <remarks>Written out from the text when first read (a body is most of a letter); every read returns the same string.</remarks>
    public Field<string>? Body
    {
        get => _body?.Field;
        init => _body = value is { } body ? new DeferredTextField(body) : null;
    }

    /// <summary>The body as the parser leaves it, to be written out when <see cref="Body"/> is first read.</summary>
    internal DeferredTextField? DeferredBody
    {
        init => _body = value;
    }

    /// <summary>The closing phrase (<c>ขอแสดงความนับถือ</c>).</summary>
    public Field<string>? Closing { get; init; }

    /// <summary>Who signed it.</summary>
    public Signatory? Signatory { get; init; }

    /// <summary>ส่วนราชการเจ้าของเรื่อง: the owner unit lines joined with one space.</summary>
    public Field<string>? Owner { get; init; }

    /// <summary>Telephones, faxes and e-mail addresses.</summary>
    public Contacts Contacts { get; init; } = Contacts.Empty;

    /// <summary>Receipt stamps on this document.</summary>
    public ImmutableArray<ReceiptStamp> Receipts { get; init; } = [];

    /// <summary>What was doubtful while reading this document.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
