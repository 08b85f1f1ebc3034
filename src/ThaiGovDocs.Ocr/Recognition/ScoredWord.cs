namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>One recognised word with its place in its line's text, its horizontal extent and how sure the page model was of
/// it: what the letter pass needs to read only the unsure stretches of a line (<see cref="LetterPassSpans"/>).</summary>
/// <param name="Start">Offset of the word in its line's text.</param>
/// <param name="Length">Length of the word in characters.</param>
/// <param name="Left">Left edge, in pixels of the recognised image.</param>
/// <param name="Right">Right edge (exclusive).</param>
/// <param name="Confidence">The page model's confidence in the word, 0..1.</param>
internal readonly record struct ScoredWord(int Start, int Length, int Left, int Right, float Confidence);
