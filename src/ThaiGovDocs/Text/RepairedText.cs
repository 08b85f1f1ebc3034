namespace ThaiGovDocs.Text;

/// <summary>Text after Thai OCR/PDF repairs, with a map back to offsets in the original.</summary>
public sealed class RepairedText
{
    // Null maps mean identity: clean text costs nothing beyond this object.
    private readonly OffsetMap? _starts;
    private readonly OffsetMap? _ends;

    // The repaired text as a string, or null until Text is first read when it was kept deferred.
    private string? _text;
    private readonly DeferredRepairedText? _deferred;
    private readonly int _length;

    internal RepairedText(string original, string text, OffsetMap? starts, OffsetMap? ends, IReadOnlyList<Diagnostic> diagnostics)
    {
        Original = original;
        _text = text;
        _length = text.Length;
        _starts = starts;
        _ends = ends;
        Diagnostics = diagnostics;
    }

    /// <summary>A repaired text whose string is written out only when <see cref="Text"/> is read.</summary>
    internal RepairedText(string original, DeferredRepairedText text, OffsetMap starts, OffsetMap ends, IReadOnlyList<Diagnostic> diagnostics)
    {
        Original = original;
        _deferred = text;
        _length = text.Length;
        _starts = starts;
        _ends = ends;
        Diagnostics = diagnostics;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The repaired text.</summary>
    /// <remarks>When repairs changed the text, the string is made on first read (the parser reads the repaired characters
    /// without it); every read returns the same string.</remarks>
    public string Text => _text ?? WriteOut();

    /// <summary>The length of <see cref="Text"/>, known without making it.</summary>
    internal int Length => _length;

    /// <summary>Problems the repairer saw but could not fix (e.g. orphan marks); spans are in <see cref="Original"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the repairs changed anything.</summary>
    public bool IsIdentity => _starts is null;

    /// <summary>Number of edit points stored in the offset map (a measure of its size).</summary>
    public int EditPointCount => (_starts?.Count ?? 0) + (_ends?.Count ?? 0);

    /// <summary>Writes the characters of <paramref name="span"/> into <paramref name="destination"/>, as long as the span,
    /// without making <see cref="Text"/> when it is not made yet.</summary>
    internal void CopyTo(TextSpan span, Span<char> destination)
    {
        if (_text is { } text)
        {
            text.AsSpan(span.Start, span.Length).CopyTo(destination);
        }
        else
        {
            _deferred!.WriteTo(span.Start, destination[..span.Length]);
        }
    }

    private string WriteOut()
    {
        // Two threads may both write it out: one string wins and is the only one ever returned.
        var text = _deferred!.ToString();
        return Interlocked.CompareExchange(ref _text, text, null) ?? text;
    }

    /// <summary>Maps an offset in <see cref="Text"/> to the corresponding offset in <see cref="Original"/>.</summary>
    /// <param name="offset">0 to <c>Text.Length</c> inclusive; <c>Text.Length</c> maps to <c>Original.Length</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> lies outside the text.</exception>
    public int ToOriginalOffset(int offset)
    {
        if ((uint)offset > (uint)_length)
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
        if (span.Start < 0 || span.Length < 0 || span.End > _length)
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
