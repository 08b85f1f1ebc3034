namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Which lines the letter pass (<see cref="LineFusion"/>) reads again, when it is told to skip the sure ones
/// (<see cref="OcrOptions.LetterPassSureWordConfidence"/>).</summary>
/// <remarks>
/// The letter pass costs about as much as the page's own recognition. A line's mean confidence cannot tell the lines it
/// mends (all bunch at 0.88–0.93); the least confidence of its words does better, though <c>tha_gov</c> misreads whole
/// letters with confidence (เบิก as เนิก at 0.88, หัว as ทัว at 0.86): at 0.90 the accuracy held and about a tenth of the
/// page time went (benchmarks/results/letter-pass-session7.md).
/// </remarks>
internal static class LetterPassGate
{
    /// <summary>Whether <paramref name="line"/> is read again by the letter model: unless <paramref name="sureWordConfidence"/>
    /// is set and all its words reach it (unknown word confidences: read).</summary>
    public static bool Needs(RawLine line, float? sureWordConfidence)
    {
        ArgumentNullException.ThrowIfNull(line);
        return sureWordConfidence is not { } sure || line.LeastWordConfidence is not { } least || least < sure;
    }
}
