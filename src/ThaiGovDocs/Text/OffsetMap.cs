namespace ThaiGovDocs.Text;

/// <summary>
/// A piecewise-constant map from offsets in a text to offsets in its source: from <c>Positions[k]</c> on,
/// the source offset is the offset plus <c>Deltas[k]</c>. Only the edit points are stored, so a text with
/// few repairs costs a few integers.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _positions;
    private readonly int[] _deltas;

    private OffsetMap(int[] positions, int[] deltas)
    {
        _positions = positions;
        _deltas = deltas;
    }

    /// <summary>Number of stored edit points.</summary>
    public int Count => _positions.Length;

    /// <summary>The source offset of <paramref name="offset"/>.</summary>
    public int Map(int offset)
    {
        int index = Array.BinarySearch(_positions, offset);
        if (index < 0)
        {
            // Not an edit point itself: use the last point before it.
            index = ~index - 1;
        }
        else
        {
            // Several points may share a position; the last one wins.
            while (index + 1 < _positions.Length && _positions[index + 1] == offset)
            {
                index++;
            }
        }

        return index < 0 ? offset : offset + _deltas[index];
    }

    /// <summary>Builds a map from per-offset source offsets (<paramref name="sources"/>[i] for offset i, i ≤ length).</summary>
    public static OffsetMap FromSources(ReadOnlySpan<int> sources)
    {
        var positions = new List<int>();
        var deltas = new List<int>();
        int current = 0;
        for (int i = 0; i < sources.Length; i++)
        {
            int delta = sources[i] - i;
            if (delta != current)
            {
                positions.Add(i);
                deltas.Add(delta);
                current = delta;
            }
        }

        return new OffsetMap([.. positions], [.. deltas]);
    }

    /// <summary>Collects edit points in increasing position order, dropping those that do not change the delta.</summary>
    internal struct Builder(int capacity)
    {
        private readonly List<int> _positions = new(capacity);
        private readonly List<int> _deltas = new(capacity);
        private int _current;

        public void Add(int position, int delta)
        {
            if (_positions.Count > 0 && _positions[^1] == position)
            {
                // A later point at the same position wins.
                _deltas[^1] = delta;
                _current = delta;
                return;
            }

            if (delta == _current)
            {
                return;
            }

            _positions.Add(position);
            _deltas.Add(delta);
            _current = delta;
        }

        public readonly OffsetMap Build() => new([.. _positions], [.. _deltas]);
    }
}
