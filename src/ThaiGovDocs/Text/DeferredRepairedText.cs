namespace ThaiGovDocs.Text;

/// <summary>
/// A repaired text kept as ranges of the original and the few characters the repairs wrote, until someone asks for it as
/// a string: the parser reads the repaired text from a pooled buffer, and a whole bundle's copy that nobody reads is not
/// made (for a letter with a handful of repairs the copy cost more than the repairs).
/// </summary>
internal sealed class DeferredRepairedText(string original, RepairPiece[] pieces, char[] chars, int length)
{
    // Where each piece starts in the repaired text, made the first time a part of the text is asked for.
    private int[]? _pieceStarts;

    public int Length => length;

    /// <summary>Writes the repaired text into <paramref name="destination"/>, <see cref="Length"/> characters long.</summary>
    public void WriteTo(Span<char> destination) => RepairPiece.Write(pieces, original, chars, destination);

    /// <summary>Writes the repaired characters from <paramref name="start"/> on into <paramref name="destination"/>,
    /// without writing the rest of the text.</summary>
    public void WriteTo(int start, Span<char> destination)
    {
        if (destination.IsEmpty)
        {
            return;
        }

        var starts = _pieceStarts ??= PieceStarts();
        // The last piece that starts at or before start (an empty piece found instead is passed over by Write).
        int found = Array.BinarySearch(starts, start);
        int first = found >= 0 ? found : ~found - 1;
        RepairPiece.Write(pieces, original, chars, first, start - starts[first], destination);
    }

    public override string ToString() => string.Create(length, this, static (destination, text) => text.WriteTo(destination));

    private int[] PieceStarts()
    {
        var starts = new int[pieces.Length];
        int at = 0;
        for (int k = 0; k < pieces.Length; k++)
        {
            starts[k] = at;
            at += pieces[k].Length;
        }

        return starts;
    }
}
