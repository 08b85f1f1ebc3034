namespace ThaiGovDocs;

/// <summary>A document number (the <c>ที่</c> line), such as <c>มท ๐๘๑๐.๒/ว ๒๓๕๑</c>.</summary>
public sealed record DocumentNumber
{
    /// <summary>The number as printed.</summary>
    public required string Raw { get; init; }

    /// <summary>The agency code as printed, without a trailing dot (<c>มท</c>, <c>สศด</c>), or null.</summary>
    public string? Prefix { get; init; }

    /// <summary>The ministry or province the two-letter code stands for, or null if unknown.</summary>
    public string? PrefixName { get; init; }

    /// <summary>The agency's own number in ASCII digits (<c>0810.2</c>), or null.</summary>
    public string? Office { get; init; }

    /// <summary>True when <c>ว</c> precedes the serial (a circular letter).</summary>
    public bool Circular { get; init; }

    /// <summary>The serial after the slash, or null when unreadable.</summary>
    public int? Serial { get; init; }

    /// <summary>The Buddhist-era year the number carries (orders: <c>๑๑๓๙/๖๖</c> → 2566), else null.</summary>
    public int? Year { get; init; }

    /// <summary>Where the number was read.</summary>
    public TextSpan Span { get; init; }

    /// <summary>0..1: how sure the parser is of the reading.</summary>
    public float Confidence { get; init; } = 1f;
}
