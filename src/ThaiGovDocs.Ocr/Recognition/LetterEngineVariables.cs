namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>The Tesseract variables of the engine that reads lines again for their letters (<see cref="LineFusion"/>).</summary>
/// <remarks>
/// The engine reads one line per call, so Tesseract's paragraph detection has nothing to find: it runs on the layout
/// before recognition instead of on the recognised text after it (Tesseract's default), which costs about 1 % of the
/// letter pass's instructions less for the same readings (callgrind, docs/ocr.md session 9). What the caller set still
/// applies to both engines.
/// </remarks>
internal static class LetterEngineVariables
{
    /// <summary>Tesseract's switch for finding paragraphs from the recognised text (after recognition) rather than the layout.</summary>
    internal const string TextBasedParagraphsVariable = "paragraph_text_based";

    /// <summary><paramref name="variables"/> (the page engine's) with paragraphs found from the layout unless they set it.</summary>
    public static IReadOnlyDictionary<string, string> From(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (variables.ContainsKey(TextBasedParagraphsVariable)) return variables;
        return new Dictionary<string, string>(variables, StringComparer.Ordinal) { [TextBasedParagraphsVariable] = "0" };
    }
}
