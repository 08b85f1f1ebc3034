namespace ThaiGovDocs.Text;

/// <summary>
/// A repaired text kept as ranges of the original and the few characters the repairs wrote, until someone asks for it as
/// a string: the parser reads the repaired text from a pooled buffer, and a whole bundle's copy that nobody reads is not
/// made (for a letter with a handful of repairs the copy cost more than the repairs).
/// </summary>
internal sealed class DeferredRepairedText(string original, RepairPiece[] pieces, char[] chars, int length)
{
    public int Length => length;

    /// <summary>Writes the repaired text into <paramref name="destination"/>, <see cref="Length"/> characters long.</summary>
    public void WriteTo(Span<char> destination) => RepairPiece.Write(pieces, original, chars, destination);

    public override string ToString() => string.Create(length, this, static (destination, text) => text.WriteTo(destination));
}
