using System.Globalization;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>
/// For measuring the letter pass (tools/OcrEval, <c>OCREVAL_LETTERS</c>): while <see cref="Writer"/> is set, every line is
/// read by the letter model whatever <see cref="LetterPassGate"/> says, and each line's readings are written to it, one
/// tab-separated row a line: box, page-model confidence, least word confidence, letter-model confidence, page-model
/// reading, letter reading, joined reading, and the page model's words as start:length:confidence, space-separated.
/// </summary>
internal static class LetterPassTrace
{
    /// <summary>Where the rows go; null (always, outside OcrEval): no trace.</summary>
    public static TextWriter? Writer { get; set; }

    /// <summary>Writes one line's row when tracing.</summary>
    public static void Write(RawLine line, (string Text, float Confidence)? letters, string joined) =>
        Writer?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{line.Left},{line.Top},{line.Right},{line.Bottom}\t{line.Confidence:0.000}\t{line.LeastWordConfidence:0.00}\t{letters?.Confidence:0.000}\t{line.Text}\t{letters?.Text}\t{joined}\t{string.Join(' ', line.ScoredWords.Select(w => $"{w.Start}:{w.Length}:{w.Confidence:0.000}"))}"));
}
