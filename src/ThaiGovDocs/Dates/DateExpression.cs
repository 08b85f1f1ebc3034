namespace ThaiGovDocs.Dates;

/// <summary>A year as written: its digits and era marker, before any calendar arithmetic.</summary>
internal struct WrittenYear
{
    public int Value;
    public int DigitCount;
    public bool HasEra;
    public bool Gregorian;
}

/// <summary>The pieces of a date expression as read, before calendar arithmetic.</summary>
internal struct DateExpression
{
    public int Day;
    public int Month;
    public int EndDay;
    public int EndMonth;
    public bool IsRange;
    public bool HasYear;

    /// <summary>The year after the (last) month; for a range it belongs to the range end.</summary>
    public WrittenYear Year;

    /// <summary>Whether the range start had its own year (<c>๑ ธันวาคม ๒๕๖๖ – ๓๑ มกราคม ๒๕๖๗</c>).</summary>
    public bool HasStartYear;
    public WrittenYear StartYear;

    /// <summary>Offset just past the expression.</summary>
    public int End;
}
