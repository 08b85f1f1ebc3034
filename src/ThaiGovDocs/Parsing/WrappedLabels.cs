using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Takes the label off a line that only looks like it starts with one because a phrase wrapped there: a reference's
/// <c>ลงวันที่</c> broken after <c>ลง</c> puts <c>วันที่ …</c> at the start of the next line, which is the cited letter's
/// date, not the letter's own.
/// </summary>
internal static class WrappedLabels
{
    public static void Demote(ReadOnlySpan<char> text, Span<Line> lines)
    {
        for (int i = 1; i < lines.Length; i++)
        {
            ref var line = ref lines[i];
            if (line.Label != LabelKind.Date || lines[i - 1].IsBlank || !EndsWithDatedWord(text.Slice(lines[i - 1].Span.Start, lines[i - 1].Span.Length)))
            {
                continue;
            }

            line = Line.Unlabeled(line.Index, line.Span);
        }
    }

    /// <summary>The line ends with <c>ลง</c> as a word of its own (<c>… ว ๕๖๗๘ ลง</c>), not inside one (<c>ลดลง</c>).</summary>
    private static bool EndsWithDatedWord(ReadOnlySpan<char> line) =>
        line.EndsWith("ลง", StringComparison.Ordinal) && (line.Length == 2 || !ThaiChars.IsThaiLetterOrMark(line[^3]));
}
