using System.Buffers;

namespace ThaiGovDocs.Text;

/// <summary>
/// Collects repaired characters with the original range each came from (slow path only). Characters copied 1:1 are
/// stored as runs, so the cost per character is the character itself; only edits (merged, dropped, replaced
/// characters) take a segment of their own.
/// </summary>
/// <remarks>Runs copied unchanged are kept as ranges of the original, not copied: the repaired string is written once,
/// from the original and the few characters appended one by one, instead of into a buffer and from there into the string
/// (a whole bundle's characters copied twice for a handful of repairs).</remarks>
internal struct RepairBuilder
{
    private readonly string _original;

    // Characters appended one by one (edits, and every character of a normalised text).
    private char[] _chars;
    private int _charCount;

    // The output in order: ranges of the original and of _chars.
    private RepairPiece[] _pieces;
    private int _pieceCount;

    // Segment k covers output characters [_outStarts[k], _outStarts[k + 1]). An identity segment maps them 1:1 from
    // _sourceStarts[k]; an edit segment holds one character that came from [_sourceStarts[k], _sourceEnds[k]).
    private int[] _outStarts;
    private int[] _sourceStarts;
    private int[] _sourceEnds;
    private bool[] _identity;
    private int _segments;
    private int _nextSource;
    private bool _changed;
    private bool _rewritten;

    /// <summary>A builder whose runs (<see cref="AppendRun"/>) are ranges of <paramref name="original"/>.</summary>
    public RepairBuilder(string original)
    {
        _original = original;
        _chars = ArrayPool<char>.Shared.Rent(16);
        _pieces = new RepairPiece[16];
        _outStarts = new int[16];
        _sourceStarts = new int[16];
        _sourceEnds = new int[16];
        _identity = new bool[16];
    }

    public int Count { get; private set; }

    public readonly char Last
    {
        get
        {
            ref readonly var last = ref _pieces[_pieceCount - 1];
            int end = last.Start + last.Length - 1;
            return last.FromOriginal ? _original[end] : _chars[end];
        }
    }

    /// <summary>Whether any character was dropped, merged or replaced.</summary>
    public readonly bool Changed => _changed;

    /// <summary>Whether the output is the original, character for character (no change, and no character appended in place
    /// of a different one, as <c>\n</c> for a lone <c>\r</c>).</summary>
    public readonly bool IsVerbatim => !_changed && !_rewritten && Count == _original.Length;

    public void MarkChanged(bool changed) => _changed |= changed;

    /// <summary>Notes that a character was appended in place of a different one, one for one (which <see cref="Changed"/> does not count).</summary>
    public void MarkRewritten() => _rewritten = true;

    public readonly int StartOf(int index)
    {
        int k = SegmentOf(index);
        return _identity[k] ? _sourceStarts[k] + (index - _outStarts[k]) : _sourceStarts[k];
    }

    public readonly int EndOf(int index)
    {
        int k = SegmentOf(index);
        return _identity[k] ? _sourceStarts[k] + (index - _outStarts[k]) + 1 : _sourceEnds[k];
    }

    /// <summary>Like <see cref="StartOf(int)"/> and <see cref="EndOf(int)"/> for increasing indices, in amortised constant time.</summary>
    public readonly (int Start, int End) SourceOf(int index, ref int segmentHint)
    {
        while (segmentHint + 1 < _segments && _outStarts[segmentHint + 1] <= index)
        {
            segmentHint++;
        }

        int k = segmentHint;
        return _identity[k]
            ? (_sourceStarts[k] + (index - _outStarts[k]), _sourceStarts[k] + (index - _outStarts[k]) + 1)
            : (_sourceStarts[k], _sourceEnds[k]);
    }

    public void Append(char c, int sourceStart, int sourceEnd)
    {
        bool oneToOne = sourceEnd - sourceStart == 1 && sourceStart == _nextSource;
        if (!oneToOne)
        {
            _changed = true;
        }

        if (sourceEnd - sourceStart == 1)
        {
            if (!(oneToOne && _segments > 0 && _identity[_segments - 1]))
            {
                AddSegment(sourceStart, sourceEnd, identity: true);
            }
        }
        else
        {
            AddSegment(sourceStart, sourceEnd, identity: false);
        }

        EnsureChars(1);
        _chars[_charCount] = c;
        AddToPieces(_charCount, 1, fromOriginal: false);
        _charCount++;
        Count++;
        _nextSource = sourceEnd;
    }

    /// <summary>Appends the <paramref name="length"/> characters of the original from <paramref name="sourceStart"/>, unchanged.</summary>
    public void AppendRun(int sourceStart, int length)
    {
        if (length == 0)
        {
            return;
        }

        if (sourceStart != _nextSource)
        {
            _changed = true;
        }

        if (!(sourceStart == _nextSource && _segments > 0 && _identity[_segments - 1]))
        {
            AddSegment(sourceStart, sourceStart + 1, identity: true);
        }

        AddToPieces(sourceStart, length, fromOriginal: true);
        Count += length;
        _nextSource = sourceStart + length;
    }

    /// <summary>Folds more of the original into the last character (a doubled mark dropped into the first).</summary>
    public void ExtendLast(int sourceEnd)
    {
        int start = StartOf(Count - 1);
        var last = _segments - 1;
        if (_identity[last] && Count - 1 > _outStarts[last])
        {
            // Split the last character off its run.
            Count--;
            AddSegment(start, sourceEnd, identity: false);
            Count++;
        }
        else
        {
            _sourceStarts[last] = start;
            _sourceEnds[last] = sourceEnd;
            _identity[last] = false;
        }

        _nextSource = sourceEnd;
        _changed = true;
    }

    public override readonly string ToString() =>
        string.Create(Count, this, static (destination, builder) => builder.WriteTo(destination));

    /// <summary>Writes the output into <paramref name="destination"/>, <see cref="Count"/> characters long.</summary>
    public readonly void WriteTo(Span<char> destination) =>
        RepairPiece.Write(_pieces.AsSpan(0, _pieceCount), _original, _chars.AsSpan(0, _charCount), destination);

    /// <summary>The output as a few pieces of the original and the characters appended, to be written out when asked for
    /// (call before <see cref="ReleaseChars"/>).</summary>
    public readonly DeferredRepairedText Defer() =>
        new(_original, _pieces.AsSpan(0, _pieceCount).ToArray(), _chars.AsSpan(0, _charCount).ToArray(), Count);

    /// <summary>Whether <typeparamref name="TRule"/> hits at the first character of a segment (after the one before
    /// it): the only places where characters that were not neighbours in the original meet.</summary>
    public readonly bool AnyPairAtSegmentStarts<TRule>(ReadOnlySpan<char> output)
        where TRule : IPairRule
    {
        for (int k = 1; k < _segments; k++)
        {
            int at = _outStarts[k];
            if (at > 0 && at < output.Length && TRule.IsHit(output[at - 1], output[at]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Offset k maps to where character k began; the end of the text maps to the end of the original.</summary>
    public readonly OffsetMap BuildStartMap(int originalLength)
    {
        var builder = new OffsetMap.Builder(_segments + 1);
        for (int k = 0; k < _segments; k++)
        {
            builder.Add(_outStarts[k], _sourceStarts[k] - _outStarts[k]);
        }

        builder.Add(Count, originalLength - Count);
        return builder.Build();
    }

    /// <summary>An exclusive end offset e maps to where character e−1 ended.</summary>
    public readonly OffsetMap BuildEndMap()
    {
        var builder = new OffsetMap.Builder(_segments + 1);
        builder.Add(0, 0);
        for (int k = 0; k < _segments; k++)
        {
            int position = _outStarts[k] + 1;
            builder.Add(position, _identity[k] ? _sourceStarts[k] - _outStarts[k] : _sourceEnds[k] - position);
        }

        return builder.Build();
    }

    private readonly int SegmentOf(int index)
    {
        int k = Array.BinarySearch(_outStarts, 0, _segments, index);
        return k >= 0 ? k : ~k - 1;
    }

    private void AddSegment(int sourceStart, int sourceEnd, bool identity)
    {
        if (_segments == _outStarts.Length)
        {
            int size = _segments * 2;
            Array.Resize(ref _outStarts, size);
            Array.Resize(ref _sourceStarts, size);
            Array.Resize(ref _sourceEnds, size);
            Array.Resize(ref _identity, size);
        }

        _outStarts[_segments] = Count;
        _sourceStarts[_segments] = sourceStart;
        _sourceEnds[_segments] = sourceEnd;
        _identity[_segments] = identity;
        _segments++;
    }

    /// <summary>Adds characters to the last piece when they continue it, else starts a piece.</summary>
    private void AddToPieces(int start, int length, bool fromOriginal)
    {
        if (_pieceCount > 0)
        {
            ref var last = ref _pieces[_pieceCount - 1];
            if (last.FromOriginal == fromOriginal && last.Start + last.Length == start)
            {
                last.Length += length;
                return;
            }
        }

        if (_pieceCount == _pieces.Length)
        {
            Array.Resize(ref _pieces, _pieceCount * 2);
        }

        _pieces[_pieceCount++] = new RepairPiece { Start = start, Length = length, FromOriginal = fromOriginal };
    }

    private void EnsureChars(int more)
    {
        if (_charCount + more > _chars.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _charCount + more));
            _chars.AsSpan(0, _charCount).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }
    }

    /// <summary>Returns the character buffer to the pool; the offset segments stay usable.</summary>
    public void ReleaseChars()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }
    }

}

/// <summary><see cref="Length"/> characters from <see cref="Start"/> of the original or of the characters appended one by one.</summary>
internal struct RepairPiece
{
    public int Start;
    public int Length;
    public bool FromOriginal;

    /// <summary>Writes the output the pieces describe into <paramref name="destination"/>, which is exactly as long.</summary>
    public static void Write(ReadOnlySpan<RepairPiece> pieces, string original, ReadOnlySpan<char> chars, Span<char> destination)
    {
        int at = 0;
        foreach (var piece in pieces)
        {
            piece.Source(original, chars).CopyTo(destination[at..]);
            at += piece.Length;
        }
    }

    /// <summary>Writes the output from <paramref name="skip"/> characters into <paramref name="first"/> (the piece where
    /// it starts) until <paramref name="destination"/> is full.</summary>
    public static void Write(ReadOnlySpan<RepairPiece> pieces, string original, ReadOnlySpan<char> chars, int first, int skip, Span<char> destination)
    {
        int written = 0;
        for (int k = first; written < destination.Length; k++)
        {
            var from = pieces[k].Source(original, chars)[skip..];
            int take = Math.Min(from.Length, destination.Length - written);
            from[..take].CopyTo(destination[written..]);
            written += take;
            skip = 0;
        }
    }

    private readonly ReadOnlySpan<char> Source(string original, ReadOnlySpan<char> chars) =>
        FromOriginal ? original.AsSpan(Start, Length) : chars.Slice(Start, Length);
}
