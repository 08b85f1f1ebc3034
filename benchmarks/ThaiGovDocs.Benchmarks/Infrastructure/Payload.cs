using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Benchmarks.Infrastructure;

/// <summary>A benchmark input: its text, its size in UTF-16 bytes and its token count, read by <see cref="ThroughputColumn"/>.</summary>
public sealed class Payload
{
    public Payload(string name, string text)
    {
        Name = name;
        Text = text;
        Tokens = CountTokens(text);
    }

    public string Name { get; }

    public string Text { get; }

    /// <summary>UTF-16 bytes: chars × 2.</summary>
    public long Bytes => Text.Length * 2L;

    /// <summary>Tokens <see cref="LetterTokenizer"/> yields for the text.</summary>
    public int Tokens { get; }

    public static int CountTokens(string text)
    {
        int count = 0;
        var tokenizer = new LetterTokenizer(text);
        while (tokenizer.Read())
        {
            count++;
        }

        return count;
    }

    // BenchmarkDotNet shows the parameter by its ToString.
    public override string ToString() => Name;
}
