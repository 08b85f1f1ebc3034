namespace ThaiGovDocs.Text;

/// <summary>Text after Thai OCR/PDF repairs, with a map back to offsets in the original.</summary>
public sealed class RepairedText
{
    // Null maps mean identity: clean text costs nothing beyond this object.
    private readonly OffsetMap? _starts;
    private readonly OffsetMap? _ends;

    internal RepairedText(string original, string text, OffsetMap? starts, OffsetMap? ends, IReadOnlyList<Diagnostic> diagnostics)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
        Diagnostics = diagnostics;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The repaired text.</summary>
    public string Text { get; }

    /// <summary>Problems the repairer saw but could not fix (e.g. orphan marks); spans are in <see cref="Original"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the repairs changed anything.</summary>
    public bool IsIdentity => _starts is null;

    /// <summary>Number of edit points stored in the offset map (a measure of its size).</summary>
    public int EditPointCount => (_starts?.Count ?? 0) + (_ends?.Count ?? 0);

    /// <summary>Maps an offset in <see cref="Text"/> to the corresponding offset in <see cref="Original"/>.</summary>
    /// <param name="offset">0 to <c>Text.Length</c> inclusive; <c>Text.Length</c> maps to <c>Original.Length</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> lies outside the text.</exception>
    public int ToOriginalOffset(int offset)
    {
        if ((uint)offset > (uint)Text.Length)
        {
            ThrowHelper.OffsetOutOfRange(nameof(offset));
        }

        return _starts is null ? offset : _starts.Map(offset);
    }

    /// <summary>Maps a span in <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    /// <remarks>The result covers every original character that produced the span (e.g. both halves of ํ + า for ำ).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The span lies outside the text.</exception>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > Text.Length)
        {
            ThrowHelper.OffsetOutOfRange(nameof(span));
        }

        int start = ToOriginalOffset(span.Start);
        if (span.Length == 0 || _ends is null)
        {
            return span.Length == 0 ? new TextSpan(start, 0) : TextSpan.FromBounds(start, span.End);
        }

        return TextSpan.FromBounds(start, _ends.Map(span.End));
    }
}
