using System.Text;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>
/// Takes out of a line the tokens that cannot be text: Thai marks and vowels with no letter, and lone quotes, commas and
/// full stops, standing apart from the words (<c>๒๕๖๗      ,ู      ,ู</c>, <c>(นายวิชัย รักชาติ)     ' '</c>). They are the
/// marks of a neighbouring line or specks read into this one, and a parser would take them for part of a field. A line's
/// first token is left: marks there are what is left of a label whose letter was lost (<c>ี่  กห ๐๓๐๒/</c>, the parser's
/// <c>ที่</c>).
/// </summary>
internal static class StrayTokens
{
    /// <summary><paramref name="line"/> without its stray tokens and the blanks before them (word boxes follow); the same line when it has none.</summary>
    public static RawLine Strip(RawLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Text;
        var keep = new bool[text.Length];
        Array.Fill(keep, true);
        var any = false;
        var afterWord = false;
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == ' ') { i++; continue; }
            var end = i;
            while (end < text.Length && text[end] != ' ') end++;
            var stray = afterWord && IsStray(text.AsSpan(i, end - i));
            afterWord = true;
            if (stray)
            {
                var from = i;
                while (from > 0 && text[from - 1] == ' ') from--;
                Array.Fill(keep, false, from, end - from);
                any = true;
            }

            i = end;
        }

        if (!any) return line;
        var kept = new StringBuilder(text.Length);
        var offsets = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = kept.Length;
            if (keep[i]) kept.Append(text[i]);
        }

        offsets[text.Length] = kept.Length;
                var words = line.Words
            .Where(w => keep[w.Start])
            .Select(w => w.Through(offsets))
            .ToArray();
        return line with { Text = kept.ToString(), Words = words };
    }

    /// <summary>A token of marks, vowels that follow a letter (ะ า ำ), quotes, commas and stops only, with one of the first
    /// four among them or standing alone as one stop or comma: no Thai word is a vowel without its letter.</summary>
    internal static bool IsStray(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!ThaiChars.IsCombiningMark(c) && c is not ('ะ' or 'า' or 'ำ' or '\'' or '`' or '‘' or '’' or ',' or '.')) return false;
        }

        return token.Length == 1 || token.ContainsAnyExcept(".,");
    }
}
