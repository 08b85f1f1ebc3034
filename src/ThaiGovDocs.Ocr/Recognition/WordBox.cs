namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Where one recognised word sits: its characters in its line's text and its horizontal extent in pixels.</summary>
/// <param name="Start">Offset of the word in its line's text.</param>
/// <param name="Length">Length of the word in characters.</param>
/// <param name="Left">Left edge, in pixels of the recognised image.</param>
/// <param name="Right">Right edge (exclusive).</param>
internal readonly record struct WordBox(int Start, int Length, int Left, int Right)
{
    /// <summary>The same word in a line whose characters moved: <paramref name="offsets"/> maps each offset of the old text
    /// (and its end) to the new one.</summary>
    public WordBox Through(int[] offsets) => this with { Start = offsets[Start], Length = offsets[Start + Length] - offsets[Start] };
}
