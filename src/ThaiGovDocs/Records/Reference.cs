namespace ThaiGovDocs;

/// <summary>One <c>อ้างถึง</c> item.</summary>
public sealed record Reference
{
    /// <summary>The item's text without its item number.</summary>
    public required Field<string> Text { get; init; }

    /// <summary>The number of the letter it cites, if any.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The date of the letter it cites, if any.</summary>
    public Field<DateOnly>? Date { get; init; }
}
