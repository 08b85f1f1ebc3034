namespace ThaiGovDocs;

/// <summary>A receipt stamp (ตรารับ) on a document.</summary>
public sealed record ReceiptStamp
{
    /// <summary>The receiving agency printed on the stamp, if read.</summary>
    public Field<string>? Agency { get; init; }

    /// <summary>The receipt number (เลขรับ), if read.</summary>
    public Field<int>? Number { get; init; }

    /// <summary>The receipt date, if read.</summary>
    public Field<DateOnly>? Date { get; init; }

    /// <summary>The receipt time, if read.</summary>
    public Field<TimeOnly>? Time { get; init; }

    /// <summary>Whether the time had seconds (<c>10:37:26</c>).</summary>
    public bool TimeHasSeconds { get; init; }

    /// <summary>The whole stamp.</summary>
    public TextSpan Span { get; init; }
}
