using System.Collections.Frozen;
using ThaiGovDocs.Text;

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

    // Ranks printed in full (พลตำรวจโท, นาวาอากาศเอก): each grade's word with its level, and the grades that have none.
    private static readonly FrozenSet<string> FullForms = BuildFullForms();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FullFormLookup = FullForms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestFullForm = FullForms.Max(f => f.Length);

    // Scans lose dots or double them (นอ., พล.ต..): a rank is recognised by its letters alone, and written back from the table.
    private static readonly FrozenDictionary<string, string> ByLetters = BuildLetterLookup();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LetterLookup =
        ByLetters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Junk beside a damaged rank is the scribble of the signature read as a few stray characters; more is a word.</summary>
    private const int MaxJunkCharacters = 4;

    private const string Acting = "ว่าที่";
    private const string Female = "หญิง";
    private const string Special = "(พิเศษ)";
    private const string NavyLetters = "รน";

    /// <summary>
    /// Reads the line printed above a signature's name, which on scans carries damage: <c>พ.อ.     -</c>, <c>พล.ต..</c>,
    /// <c>นอ. " "  ร.น.</c>. The line must start with a rank (dots lost or doubled are tolerated; at least one dot must remain,
    /// so the words พอ or นอ are not ranks), optionally <c>หญิง</c> or <c>(พิเศษ)</c>; the rest may only be junk that cannot be a
    /// position or a name: spaces, punctuation, the navy suffix <c>ร.น.</c>, and at most <see cref="MaxJunkCharacters"/> other
    /// characters, no two of them adjacent.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="canonicalRank">The rank as the table writes it (<c>น.อ.</c>, <c>ว่าที่ ร.ต.</c>, <c>พ.อ.หญิง</c>).</param>
    /// <param name="damaged">Whether reading it needed tolerance (dots repaired, junk beside it).</param>
    public static bool TryReadSignatureLine(ReadOnlySpan<char> line, out string canonicalRank, out bool damaged)
    {
        canonicalRank = "";
        damaged = false;
        var rest = line.Trim();
        // Counted without spaces: a signature between a navy rank and its ร.น. is read as a wide column gap.
        if (rest.Length < 2 || rest.Length - rest.Count(' ') > 60)
        {
            return false;
        }

        bool acting = rest.StartsWith(Acting, StringComparison.Ordinal);
        if (acting)
        {
            rest = rest[Acting.Length..].TrimStart();
        }

        int end = 0;
        while (end < rest.Length && (ThaiChars.IsThaiLetterOrMark(rest[end]) || rest[end] == '.'))
        {
            end++;
        }

        var token = rest[..end];
        bool female = token.EndsWith(Female, StringComparison.Ordinal);
        if (female)
        {
            token = token[..^Female.Length];
        }

        if (!TryMatchRank(token, out string rank, out bool dotsRepaired))
        {
            return false;
        }

        var after = rest[end..].TrimStart();
        if (!female && after.StartsWith(Female, StringComparison.Ordinal))
        {
            female = true;
            after = after[Female.Length..].TrimStart();
        }

        bool special = after.StartsWith(Special, StringComparison.Ordinal);
        if (special)
        {
            after = after[Special.Length..];
        }

        if (!IsJunk(after, out bool junk))
        {
            return false;
        }

        damaged = dotsRepaired || junk;
        canonicalRank = acting || female || special
            ? string.Concat(acting ? Acting + " " : "", rank, female ? Female : "", special ? Special : "")
            : rank;
        return true;
    }

    /// <summary>The rank whose letters the token has (dots ignored), with the navy suffix glued on (<c>น.อ.ร.น.</c>) allowed.</summary>
    private static bool TryMatchRank(ReadOnlySpan<char> token, out string rank, out bool dotsRepaired)
    {
        rank = "";
        dotsRepaired = false;
        if (token.IsEmpty || token.Length > 16)
        {
            return false;
        }

        if (FullFormLookup.TryGetValue(token, out var full))
        {
            rank = full;
            return true;
        }

        Span<char> letters = stackalloc char[token.Length];
        int n = 0;
        int dots = 0;
        foreach (char c in token)
        {
            if (c == '.')
            {
                dots++;
            }
            else
            {
                letters[n++] = c;
            }
        }

        var key = letters[..n];
        bool navy = false;
        if (!LetterLookup.TryGetValue(key, out string? found) && key.Length > NavyLetters.Length && key.EndsWith(NavyLetters, StringComparison.Ordinal))
        {
            navy = LetterLookup.TryGetValue(key[..^NavyLetters.Length], out found);
        }

        // Without any dot the letters are a word (พอ, นอ), except for พลฯ, which has none.
        if (found is null || (dots == 0 && !found.Contains('ฯ', StringComparison.Ordinal)))
        {
            return false;
        }

        rank = found;
        dotsRepaired = navy ? !token.StartsWith(found, StringComparison.Ordinal) : !token.SequenceEqual(found);
        return true;
    }

    /// <summary>Whether what follows a rank is only junk; <paramref name="junk"/> tells whether there was any beyond spaces and ร.น.</summary>
    private static bool IsJunk(ReadOnlySpan<char> rest, out bool junk)
    {
        junk = false;
        int others = 0;
        var previous = CharKind.None;
        for (int i = 0; i < rest.Length; i++)
        {
            char c = rest[i];
            if (c == 'ร' && rest[i..].StartsWith("ร.น", StringComparison.Ordinal))
            {
                // The navy suffix, with or without its last dot.
                i += rest[i..].StartsWith("ร.น.", StringComparison.Ordinal) ? 3 : 2;
                previous = CharKind.None;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                previous = CharKind.None;
                continue;
            }

            junk = true;
            var kind = KindOf(c);
            if (kind == CharKind.None)
            {
                previous = CharKind.None;
                continue;
            }

            // Two Thai letters, two Latin letters or two digits side by side begin a word or a number: a position, a
            // name, a phone. Mixed pairs (น1, Uน) are what OCR makes of a signature.
            if (kind == previous || ++others > MaxJunkCharacters)
            {
                return false;
            }

            previous = kind;
        }

        return true;
    }

    private enum CharKind
    {
        None,
        ThaiLetter,
        LatinLetter,
        Digit,
    }

    private static CharKind KindOf(char c) =>
        ThaiChars.IsThaiLetter(c) ? CharKind.ThaiLetter
        : char.IsAsciiLetter(c) ? CharKind.LatinLetter
        : char.IsDigit(c) ? CharKind.Digit
        : char.IsLetterOrDigit(c) ? CharKind.ThaiLetter // Thai marks and other letters: treat as part of a word
        : CharKind.None;

    private static FrozenDictionary<string, string> BuildLetterLookup()
    {
        var byLetters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string rank in Abbreviations)
        {
            string letters = rank.Replace(".", "", StringComparison.Ordinal);
            if (!byLetters.TryAdd(letters, rank))
            {
                throw new InvalidOperationException($"Ranks '{byLetters[letters]}' and '{rank}' have the same letters; the dotless lookup would confuse them.");
            }
        }

        return byLetters.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether the line is a rank alone: <c>พ.อ.</c>, <c>น.อ.หญิง</c>, <c>ว่าที่ ร.ต.</c>, <c>พ.อ.(พิเศษ)</c>.</summary>
    private static FrozenSet<string> BuildFullForms()
    {
        string[] graded =
        [
            "พล", "พัน", "ร้อย", "จ่าสิบ", "สิบ", // army
            "พลเรือ", "นาวา", "เรือ", "พันจ่า", "จ่า", // navy
            "พลอากาศ", "นาวาอากาศ", "เรืออากาศ", "พันจ่าอากาศ", "จ่าอากาศ", // air force
            "พลตำรวจ", "พันตำรวจ", "ร้อยตำรวจ", "สิบตำรวจ", // police
        ];
        string[] ungraded = ["พลทหาร", "พลตำรวจ", "ดาบตำรวจ", "จ่าสิบตำรวจ"];
        return graded.SelectMany(grade => new[] { grade + "เอก", grade + "โท", grade + "ตรี" }).Concat(ungraded)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="text"/> starts with a rank written in full (<c>พลอากาศเอก</c>, <c>พันตำรวจโท</c>).</summary>
    public static bool StartsWithFullForm(ReadOnlySpan<char> text)
    {
        for (var length = Math.Min(text.Length, LongestFullForm); length >= 5; length--)
        {
            if (FullFormLookup.Contains(text[..length])) return true;
        }

        return false;
    }

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
