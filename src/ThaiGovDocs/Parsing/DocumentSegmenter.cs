using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Splits a text into the documents it holds. A document starts at an anchor — a heading (<c>บันทึกข้อความ</c>,
/// <c>ประกาศ…</c> followed by <c>เรื่อง</c>) or a <c>ที่</c> line holding nothing but a document number — pulled back over
/// the urgency and secrecy marks printed above it. Anchors inside a header that has not yet reached its subject or
/// salutation belong to the same document (a memo's heading, then its <c>ที่</c>).
/// </summary>
internal static class DocumentSegmenter
{
    private const int HeadingLookahead = 4;
    private const int MarkLookback = 4;
    private const int MaxScrapLength = 4;

    public static List<int> FindStarts(LineTable lines, LineRoles roles)
    {
        var starts = new List<int>();
        bool progressed = true;
        for (int i = 0; i < lines.Count; i++)
        {
            ref readonly var line = ref lines[i];
            if (line.IsBlank || roles.IsSkipped(i))
            {
                continue;
            }

            if (IsAnchor(lines, i))
            {
                if (progressed || starts.Count == 0)
                {
                    starts.Add(PullBackOverMarks(lines, roles, i));
                    progressed = false;
                }

                continue;
            }

            // The header is over once a subject, salutation or body line is seen.
            if (line.Label is LabelKind.Subject or LabelKind.Salutation or LabelKind.Conclusion or LabelKind.Closing
                || (line.Label == LabelKind.None && line.Span.Length >= 80))
            {
                progressed = true;
            }
        }

        if (starts.Count == 0 || starts[0] > 0)
        {
            starts.Insert(0, 0);
        }

        return starts;
    }

    private static bool IsAnchor(LineTable lines, int i)
    {
        ref readonly var line = ref lines[i];
        switch (line.Label)
        {
            case LabelKind.Heading:
                var kind = HeadingKinds.KindOf(lines.TextOf(line.LabelSpan));
                return kind == DocumentKind.Memo || (kind is not null && SubjectFollows(lines, i));
            case LabelKind.Number:
                var value = lines.ValueOf(line);
                return DocumentNumberParser.TryParse(value, 0, out var number, out int consumed)
                    && EndsTheColumn(value[consumed..])
                    && (number.Prefix is not null || number.Serial is not null);
            default:
                return false;
        }
    }

    /// <summary>
    /// After the number, the line holds nothing, or another column: the agency's address printed to the right
    /// (after a wide gap) or a memo's <c>วันที่</c>. Anything else means "ที่" began a sentence.
    /// </summary>
    private static bool EndsTheColumn(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.Trim();
        if (trimmed.Length <= 2)
        {
            return true;
        }

        int gap = rest.Length - rest.TrimStart().Length;
        return gap >= 3 || trimmed.StartsWith("วันที", StringComparison.Ordinal);
    }

    private static bool SubjectFollows(LineTable lines, int i)
    {
        int seen = 0;
        for (int j = i + 1; j < lines.Count && seen < HeadingLookahead; j++)
        {
            if (lines[j].IsBlank)
            {
                continue;
            }

            if (lines[j].Label == LabelKind.Subject)
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    /// <summary>A short line without a word in it: a number alone, or junk that OCR made of handwriting.</summary>
    private static bool IsScrap(ReadOnlySpan<char> text) => LinePatterns.IsNoise(text) || text.Trim().Length <= MaxScrapLength;

    /// <summary>Urgency and secrecy marks and a heading printed above the anchor belong to its document.</summary>
    private static int PullBackOverMarks(LineTable lines, LineRoles roles, int anchor)
    {
        int start = anchor;
        int seen = 0;
        for (int j = anchor - 1; j >= 0 && seen < MarkLookback; j--)
        {
            ref readonly var line = ref lines[j];
            if (line.IsBlank || roles.IsSkipped(j))
            {
                continue;
            }

            seen++;
            bool mark = line.Label is LabelKind.Urgency or LabelKind.Secrecy && line.ValueSpan.Length == 0;

            // A heading with no เรื่อง after it is no anchor itself (หนังสือรับรอง, รายงานการประชุม), but it heads this document.
            bool heading = line.Label == LabelKind.Heading && HeadingKinds.KindOf(lines.TextOf(line.LabelSpan)) is not null;
            if (mark || heading)
            {
                start = j;
                continue;
            }

            // A handwritten serial or a scrap of a signature between the mark and the heading does not part them.
            if (line.Label != LabelKind.None || !IsScrap(lines.TextOf(line)))
            {
                break;
            }
        }

        return start;
    }
}
