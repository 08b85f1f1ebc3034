namespace ThaiGovDocs.Parsing;

/// <summary>The OCR damage a document number was read through; the diagnostic names each one.</summary>
[Flags]
internal enum NumberRepairs
{
    /// <summary>Read as printed.</summary>
    None = 0,

    /// <summary>A comma for a dot or <c>o</c> for a zero among the office digits (<c>๐๓๐๑,๑๐.๑</c>).</summary>
    OfficeDigits = 1,

    /// <summary>The slash before a circular's <c>ว</c> lost (<c>๐๒๑๑.๓ว ๔๕๖๗</c>).</summary>
    LostSlash = 2,

    /// <summary>Noise read as vowels or tone marks on the agency code (<c>ศีธี</c>).</summary>
    StrayMarks = 4,

    /// <summary>A speck over the circular's <c>ว</c> read as a mark (<c>วิ</c>).</summary>
    MarkedCircular = 8,
}

/// <summary>Words for <see cref="NumberRepairs"/> in diagnostics.</summary>
internal static class NumberRepairsText
{
    /// <summary>"a comma or 'o' among its digits, a lost slash": each repair in <paramref name="repairs"/>, in order.</summary>
    public static string Describe(NumberRepairs repairs)
    {
        var parts = new List<string>(4);
        if (repairs.HasFlag(NumberRepairs.OfficeDigits)) parts.Add("a comma or 'o' among its digits");
        if (repairs.HasFlag(NumberRepairs.LostSlash)) parts.Add("a lost slash before the circular mark");
        if (repairs.HasFlag(NumberRepairs.StrayMarks)) parts.Add("stray marks on the agency code");
        if (repairs.HasFlag(NumberRepairs.MarkedCircular)) parts.Add("a speck read as a mark on the circular 'ว'");
        return string.Join(", ", parts);
    }
}
