namespace ThaiGovDocs;

/// <summary>One <c>สิ่งที่ส่งมาด้วย</c> item.</summary>
public sealed record Attachment
{
    /// <summary>The item's text, without its item number and quantity.</summary>
    public required Field<string> Text { get; init; }

    /// <summary>How many (<c>จำนวน ๑ ชุด</c> → 1), if printed.</summary>
    public int? Quantity { get; init; }

    /// <summary>The unit of the quantity (<c>ชุด</c>, <c>ฉบับ</c>, <c>แผ่น</c>…), if printed.</summary>
    public string? Unit { get; init; }

    /// <summary>The number of the letter the item is a copy of, if it cites one.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The date of the letter the item cites, if any.</summary>
    public Field<DateOnly>? Date { get; init; }
}
