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
            .Select(w => w.Through(offsets))
            .ToArray();
        return line with { Text = text, Words = words };
    }

    /// <summary><paramref name="text"/> with the misread marks of each of its lines mended (a PDF text layer from another OCR engine).</summary>
    public static string ApplyToText(string text, ThaiLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var mended = ThaiWordRepair.Repair(lines[i], lexicon, out _);
            changed |= !ReferenceEquals(mended, lines[i]);
            lines[i] = mended;
        }

        return changed ? string.Join('\n', lines) : text;
    }
}
