namespace ThaiGovDocs;

/// <summary>A range of UTF-16 code units in the text a value was read from.</summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an exclusive end offset.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>The smallest span that covers both spans.</summary>
    public TextSpan Union(TextSpan other) =>
        Length == 0 ? other : other.Length == 0 ? this : FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
