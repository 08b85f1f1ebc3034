namespace ThaiGovDocs.Parsing;

/// <summary>
/// Thai words tested against the start of a line, bucketed by their first character: a line is compared with the two or
/// three words that start like it instead of every word (the unit words alone are 23, tried on most lines of a tail).
/// </summary>
internal sealed class ThaiWordStarts
{
    private const char FirstThai = '\u0E00';
    private const int ThaiBlockLength = 128;

    private readonly string[][] _byFirst;

    public ThaiWordStarts(params string[] words)
    {
        var buckets = new List<string>[ThaiBlockLength];
        foreach (var word in words)
        {
            int bucket = word[0] - FirstThai;
            if ((uint)bucket >= ThaiBlockLength)
            {
                throw new ArgumentException($"'{word}' does not start with a Thai character.", nameof(words));
            }

            (buckets[bucket] ??= []).Add(word);
        }

        _byFirst = [.. buckets.Select(b => b is null ? [] : b.ToArray())];
    }

    /// <summary>Whether <paramref name="line"/> starts with one of the words.</summary>
    public bool IsStartOf(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || (uint)(line[0] - FirstThai) >= ThaiBlockLength)
        {
            return false;
        }

        foreach (var word in _byFirst[line[0] - FirstThai])
        {
            if (line.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
