namespace ThaiGovDocs.Text;

/// <summary>
/// A list of Thai words held as a trie, to tell whether a run of Thai letters (written without spaces between words) is
/// made of known words. OCR output is checked against it: a run that no segmentation covers holds a misread.
/// </summary>
/// <remarks>The words come from the caller (the OCR layer loads libthai's dictionary); the core ships no word list.</remarks>
public sealed class ThaiLexicon
{
    private const int Root = 0;

    // Child of (node, character) → node; a flat table keeps the walk to one lookup per character. (A frozen dictionary
    // took longer to build than every page of a letter takes to check.)
    private readonly Dictionary<long, int> children;
    private readonly bool[] endsWord;

    /// <summary>Builds the trie of <paramref name="words"/> (blank entries are ignored, duplicates counted once).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public ThaiLexicon(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var edges = new Dictionary<long, int>();
        var ends = new List<bool> { false };
        var count = 0;
        foreach (var word in words)
        {
            if (string.IsNullOrWhiteSpace(word)) continue;
            var node = Root;
            foreach (var c in word)
            {
                var key = Key(node, c);
                if (!edges.TryGetValue(key, out var next))
                {
                    next = ends.Count;
                    ends.Add(false);
                    edges.Add(key, next);
                }

                node = next;
            }

            if (!ends[node]) count++;
            ends[node] = true;
            LongestWord = Math.Max(LongestWord, word.Length);
        }

        edges.TrimExcess();
        children = edges;
        endsWord = [.. ends];
        Count = count;
    }

    /// <summary>How many distinct words it holds.</summary>
    public int Count { get; }

    /// <summary>Length in characters of its longest word.</summary>
    public int LongestWord { get; }

    /// <summary>Whether <paramref name="word"/> is one of its words.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            if (!children.TryGetValue(Key(node, c), out node)) return false;
        }

        return word.Length > 0 && endsWord[node];
    }

    /// <summary>
    /// Splits <paramref name="run"/> into the fewest of its words that cover it exactly, writing each word's end offset to
    /// <paramref name="wordEnds"/> (at least <c>run.Length</c> long).
    /// </summary>
    /// <returns>The number of words, or -1 when no segmentation covers the run.</returns>
    /// <exception cref="ArgumentException"><paramref name="wordEnds"/> is shorter than the run.</exception>
    public int Segment(ReadOnlySpan<char> run, Span<int> wordEnds)
    {
        if (wordEnds.Length < run.Length) throw new ArgumentException("The span for word ends is shorter than the run.", nameof(wordEnds));
        if (run.IsEmpty) return 0;

        // fewest[i]: fewest words covering run[..i]; from[i]: where the last of them starts.
        var size = run.Length + 1;
        Span<int> table = size > 512 ? new int[size * 2] : stackalloc int[size * 2];
        var fewest = table[..size];
        var from = table[size..];
        fewest.Fill(int.MaxValue);
        fewest[0] = 0;
        for (var start = 0; start < run.Length; start++)
        {
            if (fewest[start] == int.MaxValue) continue;
            var node = Root;
            for (var end = start; end < run.Length && children.TryGetValue(Key(node, run[end]), out node); end++)
            {
                if (endsWord[node] && fewest[start] + 1 < fewest[end + 1])
                {
                    fewest[end + 1] = fewest[start] + 1;
                    from[end + 1] = start;
                }
            }
        }

        var words = fewest[run.Length];
        if (words == int.MaxValue) return -1;
        for (int i = words - 1, end = run.Length; i >= 0; end = from[end], i--) wordEnds[i] = end;
        return words;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
