namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Which text lines need their words' boxes: only a line that a coloured-ink group may be put into
/// (<see cref="InkLines"/>) uses them, and walking a page's words costs as much again as reading its lines.</summary>
/// <param name="inkGroups">The ink groups that may go into a printed line, in the same pixels as the lines.</param>
internal sealed class WordBoxDemand(IReadOnlyList<OcrLine> inkGroups)
{
    /// <summary>No line needs its words (a page without coloured ink to place).</summary>
    public static WordBoxDemand None { get; } = new([]);

    /// <summary>Whether a line with this box may host one of the ink groups.</summary>
    public bool Wants(RawLine line)
    {
        foreach (var ink in inkGroups)
        {
            if (InkLines.MayHost(ink, line.Left, line.Top, line.Width, line.Height)) return true;
        }

        return false;
    }
}
