namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>A text line as Tesseract's layout analysis found it, before the page text is assembled.</summary>
/// <param name="Text">The line's text.</param>
/// <param name="Left">Left edge, in pixels of the recognised image.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Right">Right edge (exclusive).</param>
/// <param name="Bottom">Bottom edge (exclusive).</param>
/// <param name="Confidence">Confidence 0..1.</param>
/// <param name="StartsParagraph">Whether Tesseract starts a paragraph with this line.</param>
internal sealed record RawLine(string Text, int Left, int Top, int Right, int Bottom, float Confidence, bool StartsParagraph)
{
    /// <summary>Height in pixels.</summary>
    public int Height => Bottom - Top;

    /// <summary>Width in pixels.</summary>
    public int Width => Right - Left;

    /// <summary>The line's words with their boxes, left to right (empty when not read).</summary>
    public IReadOnlyList<WordBox> Words { get; init; } = [];

    /// <summary>The least confidence (0..1) of the words of <see cref="Text"/> as recognised with this box; null: unknown
    /// (a line whose box or text was changed after recognition).</summary>
    public float? LeastWordConfidence { get; init; }

    /// <summary>The words of <see cref="Text"/> as recognised with this box, with their confidences, when the letter pass
    /// wants them (<see cref="LetterPassSpans"/>); empty when not read. They belong to <see cref="LeastWordConfidence"/>:
    /// when that is null (box or text changed), they are stale.</summary>
    public IReadOnlyList<ScoredWord> ScoredWords { get; init; } = [];
}
