namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>The stretches of a line that the letter pass (<see cref="LineFusion"/>) reads again: the words the page model
/// was unsure of, each with a few letters of context on both sides, instead of the whole line.</summary>
/// <remarks>
/// The pass's time follows the width of line stock <c>tha</c> reads (its LSTM is most of it). A line the pass must read
/// (<see cref="LetterPassGate"/>) holds one or a few unsure letters as a rule; the rest of it the page model read surely.
/// The stretches are cut where the page model read a space, so that each piece reads as the same letters as in the line.
/// Unsure Latin words are not read: the letter model has no Latin letters. Thai figures are read when unsure, and every ๑: the page model
/// reads some faces' ๓ as ๑, which the letter model's reading mends (<see cref="LineFusion"/>).
/// </remarks>
internal static class LetterPassSpans
{
    /// <summary>Stretches at most this many words apart are read as one: each reading has a fixed cost.</summary>
    private const int MergeGap = 0;

    /// <summary>A stretch reads at least this many characters: the letter model misses letters in a crop of a word or two
    /// that it reads in a longer one (<c>ข้อ</c> as <c>้อ</c>).</summary>
    private const int MinLetters = 12;

    /// <summary>When the stretches cover this share of the line's width, the whole line is read.</summary>
    private const double WholeLineShare = 0.75;

    private static readonly System.Buffers.SearchValues<char> LatinLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>One stretch: the page model's text <c>[Start, End)</c> of its line, the columns <c>[Left, Right)</c> it was
    /// read from (int.MinValue / int.MaxValue: the line's own edge), and the page model's mean confidence in its words.</summary>
    internal readonly record struct Span(int Start, int End, int Left, int Right, float Confidence);

    /// <summary>The stretches of <paramref name="line"/> to read again, left to right, with <paramref name="context"/>
    /// space-separated words on each side of every word below <paramref name="sureWordConfidence"/>; null: read the whole line (its words
    /// are unknown or stale, or the stretches would cover most of it); empty: nothing to read.</summary>
    public static IReadOnlyList<Span>? Find(RawLine line, float sureWordConfidence, int context)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = line.ScoredWords;
        if (words.Count == 0 || line.LeastWordConfidence is null || !MatchText(line.Text, words)) return null;

        // Cut points k = 0..n lie before word k (n: the line's end); a stretch runs from one cut point to a later one.
        var n = words.Count;
        var cuts = new List<int>(n + 1) { 0 };
        for (var k = 1; k < n; k++)
        {
            if (CanCutBefore(line.Text, words[k - 1], words[k])) cuts.Add(k);
        }

        cuts.Add(n);
        var stretches = new List<(int From, int To)>();
        for (var k = 0; k < n; k++)
        {
            if (IsLatin(line.Text, words[k]) || (words[k].Confidence >= sureWordConfidence && !HasOne(line.Text, words[k]))) continue;
            var before = UpperIndex(cuts, k) - 1; // last cut point at or before word k
            var from = Math.Max(0, before - context);
            var to = Math.Min(cuts.Count - 1, before + 1 + context);
            while (TextLength(line.Text, words, cuts[from], cuts[to]) < MinLetters && (from > 0 || to < cuts.Count - 1))
            {
                if (to < cuts.Count - 1) to++;
                else from--;
            }

            if (stretches.Count > 0 && from <= stretches[^1].To + MergeGap) stretches[^1] = (stretches[^1].From, Math.Max(stretches[^1].To, to));
            else stretches.Add((from, to));
        }

        var spans = new List<Span>(stretches.Count);
        long covered = 0;
        foreach (var (from, to) in stretches)
        {
            var span = SpanOf(line, words, cuts[from], cuts[to]);
            spans.Add(span);
            covered += Math.Min(span.Right, line.Right) - Math.Max(span.Left, line.Left);
        }

        return covered >= WholeLineShare * line.Width ? null : spans;
    }

    /// <summary>The stretch from before word <paramref name="first"/> to before word <paramref name="end"/> (n: the line's end).</summary>
    private static Span SpanOf(RawLine line, IReadOnlyList<ScoredWord> words, int first, int end)
    {
        var start = first == 0 ? 0 : words[first].Start;
        var stop = end == words.Count ? line.Text.Length : words[end].Start;
        while (start < stop && line.Text[start] == ' ') start++;
        while (stop > start && line.Text[stop - 1] == ' ') stop--;
        var left = first == 0 ? int.MinValue : Between(words, first);
        var right = end == words.Count ? int.MaxValue : Between(words, end);
        var sum = 0f;
        for (var k = first; k < end; k++) sum += words[k].Confidence;
        return new Span(start, stop, left, right, sum / (end - first));
    }

    /// <summary>The column halfway between word <paramref name="k"/> and the words before it.</summary>
    private static int Between(IReadOnlyList<ScoredWord> words, int k)
    {
        var rightOfBefore = int.MinValue;
        for (var j = 0; j < k; j++) rightOfBefore = Math.Max(rightOfBefore, words[j].Right);
        return (Math.Min(rightOfBefore, words[k].Left) + words[k].Left + 1) / 2;
    }

    /// <summary>A line is cut only where the page model read a space: the page model's boxes of Thai letters are the LSTM's
    /// steps, a few pixels off the ink, and a cut between two letters left parts of them in the piece (read as <c>'</c>,
    /// <c>:</c>, <c>1</c>, or a letter twice).</summary>
    private static bool CanCutBefore(string text, ScoredWord previous, ScoredWord next) =>
        text.AsSpan(previous.Start + previous.Length, next.Start - previous.Start - previous.Length).Contains(' ');

    /// <summary>Whether the word holds Latin letters, which the letter model has none of.</summary>
    private static bool IsLatin(string text, ScoredWord word) => text.AsSpan(word.Start, word.Length).ContainsAny(LatinLetters);


    /// <summary>Whether the word holds a ๑: the page model reads some faces' ๓ as ๑ with confidence, and the letter
    /// model's ๓ mends it (<see cref="LineFusion"/>), so a ๑ is read again however sure.</summary>
    private static bool HasOne(string text, ScoredWord word) => text.AsSpan(word.Start, word.Length).Contains('๑');

    /// <summary>Characters of the text from before word <paramref name="first"/> to before word <paramref name="end"/>.</summary>
    private static int TextLength(string text, IReadOnlyList<ScoredWord> words, int first, int end) =>
        (end == words.Count ? text.Length : words[end].Start) - (first == 0 ? 0 : words[first].Start);

    /// <summary>Whether the words lie in order inside <paramref name="text"/> (they were placed in it when read).</summary>
    private static bool MatchText(string text, IReadOnlyList<ScoredWord> words)
    {
        var at = 0;
        foreach (var w in words)
        {
            if (w.Start < at || w.Length <= 0 || w.Start + w.Length > text.Length) return false;
            at = w.Start + w.Length;
        }

        return true;
    }

    /// <summary>Index of the first element of <paramref name="sorted"/> greater than <paramref name="value"/>.</summary>
    private static int UpperIndex(List<int> sorted, int value)
    {
        var i = sorted.BinarySearch(value);
        return i >= 0 ? i + 1 : ~i;
    }
}
