namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Where one recognised word sits: its characters in its line's text and its horizontal extent in pixels.</summary>
/// <param name="Start">Offset of the word in its line's text.</param>
/// <param name="Length">Length of the word in characters.</param>
/// <param name="Left">Left edge, in pixels of the recognised image.</param>
/// <param name="Right">Right edge (exclusive).</param>
internal readonly record struct WordBox(int Start, int Length, int Left, int Right);
