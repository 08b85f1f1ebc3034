using System.Text.Json.Serialization;

namespace ThaiGovDocs.Json;

// The shapes of the JSON contract (shared/corpus/README.md). Property names are the contract's, in camelCase;
// null members are omitted, which the contract reads as "absent or empty".
#pragma warning disable CS1591 // The contract document describes each member.

/// <summary>The output for one input: <c>{"documents": [...]}</c>.</summary>
public sealed record ContractDocumentSet
{
    public string? Source { get; init; }

    public required IReadOnlyList<ContractDocument> Documents { get; init; }

    public IReadOnlyList<ContractDiagnostic>? Diagnostics { get; init; }
}

/// <summary>One document of the contract.</summary>
public sealed record ContractDocument
{
    public required string Kind { get; init; }

    public string? Urgency { get; init; }

    public string? Secrecy { get; init; }

    public ContractNumber? Number { get; init; }

    public string? Date { get; init; }

    public int? BuddhistYear { get; init; }

    public string? Issuer { get; init; }

    public string? Subject { get; init; }

    public string? Salutation { get; init; }

    public string? Addressee { get; init; }

    public IReadOnlyList<ContractReference>? References { get; init; }

    public IReadOnlyList<ContractAttachment>? Attachments { get; init; }

    public string? Closing { get; init; }

    public ContractSignatory? Signatory { get; init; }

    public string? Owner { get; init; }

    public ContractContacts? Contacts { get; init; }

    public IReadOnlyList<ContractReceipt>? Receipts { get; init; }

    public string? Body { get; init; }

    /// <summary>Where the text came from: <c>text</c>, <c>ocr</c> or <c>pdf-text</c>.</summary>
    public string? TextSource { get; init; }

    public ContractSpan? Span { get; init; }

    /// <summary>Per field: its span in the input text, the parser's confidence, and for scans the page and box.</summary>
    public IReadOnlyDictionary<string, ContractFieldSource>? Fields { get; init; }

    public IReadOnlyList<ContractDiagnostic>? Diagnostics { get; init; }
}

public sealed record ContractNumber
{
    public required string Raw { get; init; }

    public string? Prefix { get; init; }

    public string? PrefixName { get; init; }

    public string? Office { get; init; }

    public bool Circular { get; init; }

    public int? Serial { get; init; }

    public int? Year { get; init; }
}

public sealed record ContractReference
{
    public required string Text { get; init; }

    public ContractNumber? Number { get; init; }

    public string? Date { get; init; }
}

public sealed record ContractAttachment
{
    public required string Text { get; init; }

    public int? Quantity { get; init; }

    public string? Unit { get; init; }

    public ContractNumber? Number { get; init; }

    public string? Date { get; init; }
}

public sealed record ContractSignatory
{
    public required string Name { get; init; }

    public string? Rank { get; init; }

    public required IReadOnlyList<string> Positions { get; init; }

    public string? ActingFor { get; init; }
}

public sealed record ContractContacts
{
    public required IReadOnlyList<ContractPhone> Phones { get; init; }

    public required IReadOnlyList<ContractPhone> Faxes { get; init; }

    public required IReadOnlyList<string> Emails { get; init; }
}

public sealed record ContractPhone
{
    public required string Number { get; init; }

    public string? Ext { get; init; }
}

public sealed record ContractReceipt
{
    public string? Agency { get; init; }

    public int? Number { get; init; }

    public string? Date { get; init; }

    public string? Time { get; init; }
}

public sealed record ContractSpan(int Start, int Length);

public sealed record ContractFieldSource
{
    public required int Start { get; init; }

    public required int Length { get; init; }

    public required float Confidence { get; init; }

    public int? Page { get; init; }

    /// <summary>x, y, width, height in page pixels.</summary>
    public IReadOnlyList<int>? Box { get; init; }

    public float? OcrConfidence { get; init; }
}

public sealed record ContractDiagnostic
{
    public required string Code { get; init; }

    public required string Severity { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    public required string Message { get; init; }
}

#pragma warning restore CS1591
