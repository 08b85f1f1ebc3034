namespace ThaiGovDocs.Text;

/// <summary>Collects repaired characters with the original range each came from (slow path only).</summary>
internal struct RepairBuilder
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;
    private bool _changed;

    public RepairBuilder(int capacity)
    {
        _chars = new char[Math.Max(capacity, 4)];
        _starts = new int[_chars.Length];
        _ends = new int[_chars.Length];
    }

    public int Count { get; private set; }

    public readonly char Last => _chars[Count - 1];

    /// <summary>Whether any character was dropped, merged or replaced.</summary>
    public readonly bool Changed => _changed;

    public void MarkChanged(bool changed) => _changed |= changed;

    public readonly int StartOf(int index) => _starts[index];

    public readonly int EndOf(int index) => _ends[index];

    public void Append(char c, int sourceStart, int sourceEnd)
    {
        if (Count == _chars.Length)
        {
            Array.Resize(ref _chars, Count * 2);
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
        }

        // Anything but a 1:1 copy of the next original character is an edit.
        int expected = Count == 0 ? 0 : _ends[Count - 1];
        if (sourceEnd - sourceStart != 1 || sourceStart != expected)
        {
            _changed = true;
        }

        _chars[Count] = c;
        _starts[Count] = sourceStart;
        _ends[Count] = sourceEnd;
        Count++;
    }

    public void ExtendLast(int sourceEnd)
    {
        _ends[Count - 1] = sourceEnd;
        _changed = true;
    }

    public override readonly string ToString() => new(_chars, 0, Count);

    /// <summary>Offset k maps to where character k began; the end of the text maps to the end of the original.</summary>
    public readonly OffsetMap BuildStartMap(int originalLength)
    {
        int[] sources = new int[Count + 1];
        Array.Copy(_starts, sources, Count);
        sources[Count] = originalLength;
        return OffsetMap.FromSources(sources);
    }

    /// <summary>An exclusive end offset e maps to where character e−1 ended.</summary>
    public readonly OffsetMap BuildEndMap()
    {
        int[] sources = new int[Count + 1];
        Array.Copy(_ends, 0, sources, 1, Count);
        return OffsetMap.FromSources(sources);
    }
}
