using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Applies <see cref="ThaiWordRepair"/> to a recognised line, its word boxes following the text.</summary>
internal static class WordMending
{
    /// <summary><paramref name="line"/> with its misread marks mended; the same line when none was.</summary>
    public static RawLine Apply(RawLine line, ThaiLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = ThaiWordRepair.Repair(line.Text, lexicon, out var offsets);
        if (ReferenceEquals(text, line.Text)) return line;
        if (offsets is null) return line with { Text = text };
        var words = line.Words
            .Select(w => w with { Start = offsets[w.Start], Length = offsets[w.Start + w.Length] - offsets[w.Start] })
            .ToArray();
        return line with { Text = text, Words = words };
    }
}
