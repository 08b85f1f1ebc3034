using System.Collections.Frozen;

namespace ThaiGovDocs.Parsing;

/// <summary>Military and police rank abbreviations printed before a signature (army, navy, air force, police).</summary>
internal static class Ranks
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        // Army
        "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ.ส.อ.", "จ.ส.ท.", "จ.ส.ต.", "ส.อ.", "ส.ท.", "ส.ต.", "พลฯ",
        // Navy
        "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.", "น.ต.", "พ.จ.อ.", "พ.จ.ท.", "พ.จ.ต.", "จ.อ.", "จ.ท.", "จ.ต.",
        // Air force
        "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.", "พ.อ.อ.", "พ.อ.ท.", "พ.อ.ต.",
        // Police
        "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the line is a rank alone: <c>พ.อ.</c>, <c>น.อ.หญิง</c>, <c>ว่าที่ ร.ต.</c>, <c>พ.อ.(พิเศษ)</c>.</summary>
    public static bool IsRank(ReadOnlySpan<char> line)
    {
        if (line.Length is < 3 or > 30)
        {
            return false;
        }

        Span<char> compact = stackalloc char[line.Length];
        int n = 0;
        foreach (char c in line)
        {
            if (c is not (' ' or '\t'))
            {
                compact[n++] = c;
            }
        }

        var rank = compact[..n];
        if (rank.StartsWith("ว่าที่", StringComparison.Ordinal))
        {
            rank = rank["ว่าที่".Length..];
        }

        if (rank.EndsWith("(พิเศษ)", StringComparison.Ordinal))
        {
            rank = rank[..^"(พิเศษ)".Length];
        }

        if (rank.EndsWith("หญิง", StringComparison.Ordinal))
        {
            rank = rank[..^"หญิง".Length];
        }

        // OCR loses the final dot now and then.
        if (Lookup.Contains(rank))
        {
            return true;
        }

        if (rank.Length == 0 || rank[^1] == '.')
        {
            return false;
        }

        // With the dot added in place of one the scan lost, still without allocating.
        Span<char> dotted = stackalloc char[rank.Length + 1];
        rank.CopyTo(dotted);
        dotted[^1] = '.';
        return Lookup.Contains(dotted);
    }
}
