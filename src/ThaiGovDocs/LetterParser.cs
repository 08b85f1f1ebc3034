using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ThaiGovDocs.Parsing;
using ThaiGovDocs.Text;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs;

/// <summary>Parses the text of Thai government letters — typed, or OCR'd with its damage — into typed records.</summary>
/// <example>
/// <code>
/// var result = LetterParser.Parse(File.ReadAllText("letter.txt"));
/// foreach (var document in result.Documents)
///     Console.WriteLine($"{document.Kind} {document.Number?.Raw} {document.Subject?.Value}");
/// </code>
/// </example>
public static class LetterParser
{
    private const int ProseLineLength = 80;

    /// <summary>Repairs <paramref name="text"/> and reads every document in it.</summary>
    /// <param name="text">The text of one or more letters.</param>
    /// <returns>The documents in reading order; messy input yields diagnostics, never exceptions.</returns>
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Text the repairs changed is read from a pooled copy: the result's string is made only if someone asks for it.
        var repaired = ThaiTextRepair.Repair(text, out char[]? repairedCharacters);
        var lines = LineTable.Build(repairedCharacters is null ? repaired.Text.AsMemory() : repairedCharacters.AsMemory(0, repaired.Length));
        var roles = LineRoles.Find(lines);
        var starts = DocumentSegmenter.FindStarts(lines, roles);
        var documents = ReadDocuments(lines, repaired, roles, starts);

        // The documents hold strings and spans only: the line table's pooled array and the repaired characters can go back.
        lines.Release();
        if (repairedCharacters is not null)
        {
            ArrayPool<char>.Shared.Return(repairedCharacters);
        }

        return new ParseResult { Text = repaired, Documents = documents };
    }

    /// <summary>Reads the document starting at each of <paramref name="starts"/>, with the stamps and enclosures around it.</summary>
    internal static ImmutableArray<LetterDocument> ReadDocuments(LineTable lines, RepairedText repaired, LineRoles roles, List<int> starts)
    {
        // Each start gives at most a document and its enclosure: a pooled array that size, and the result copied out at
        // its exact length (a builder grows past the starts' count when enclosures follow, then copies).
        var documents = ArrayPool<LetterDocument>.Shared.Rent(2 * starts.Count);
        int count = 0;
        var reader = DocumentReader.Rent(lines, roles);
        var pendingStamps = new List<ReceiptStamp>();
        int nextStamp = 0;
        for (int k = 0; k < starts.Count; k++)
        {
            int start = starts[k];
            int end = k + 1 < starts.Count ? starts[k + 1] : lines.Count;
            bool isLast = k + 1 == starts.Count;
            var draft = reader.Read(start, end, out int tailEnd);

            bool isPreamble = k == 0 && !isLast && IsPreamble(lines, roles, start, end, draft);
            draft.Receipts.AddRange(pendingStamps);
            pendingStamps.Clear();
            // Stamps are in line order and documents are consecutive: walk each stamp once, not every stamp per document.
            for (; nextStamp < roles.Stamps.Count && roles.Stamps[nextStamp].FirstLine < end; nextStamp++)
            {
                var stamp = roles.Stamps[nextStamp];
                if (stamp.FirstLine < start)
                {
                    continue;
                }

                // Stamps after a document's own content stamp the next document.
                bool belongsHere = !isPreamble && (stamp.FirstLine < tailEnd || isLast);
                (belongsHere ? draft.Receipts : pendingStamps).Add(stamp.Stamp);
            }

            if (isPreamble)
            {
                continue;
            }

            documents[count++] = draft.Build(lines, repaired, draft.Classify(), SpanOf(lines, start, tailEnd));

            if (tailEnd < end && IsEnclosure(lines, roles, tailEnd, end))
            {
                var enclosure = reader.Read(tailEnd, end, out int enclosureEnd);
                documents[count++] = enclosure.Build(lines, repaired, DocumentKind.Enclosure, SpanOf(lines, tailEnd, Math.Max(enclosureEnd, end)));
            }
        }

        reader.Return();
        var read = documents.AsSpan(0, count).ToArray();
        ArrayPool<LetterDocument>.Shared.Return(documents, clearArray: true);
        return ImmutableCollectionsMarshal.AsImmutableArray(read);
    }

    /// <summary>Text before the first letter that holds only stamps, endorsements and letterhead.</summary>
    private static bool IsPreamble(LineTable lines, LineRoles roles, int start, int end, DocumentDraft draft) =>
        draft.Number is null && draft.Subject is null && draft.Salutation is null && draft.HeadingKind is null
        && !HasProse(lines, roles, start, end);

    /// <summary>What follows a letter's tail is an enclosure when it opens with <c>สิ่งที่ส่งมาด้วย</c> or holds running text.</summary>
    private static bool IsEnclosure(LineTable lines, LineRoles roles, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!lines[i].IsBlank && !roles.IsSkipped(i))
            {
                return lines[i].Label == LabelKind.Attachment || HasProse(lines, roles, i, end);
            }
        }

        return false;
    }

    private static bool HasProse(LineTable lines, LineRoles roles, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!roles.IsSkipped(i) && lines[i].Span.Length >= ProseLineLength)
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan SpanOf(LineTable lines, int first, int endExclusive)
    {
        if (first >= endExclusive || first >= lines.Count)
        {
            return new TextSpan(first < lines.Count ? lines[first].Span.Start : lines.Text.Length, 0);
        }

        return TextSpan.FromBounds(lines[first].Span.Start, lines[Math.Min(endExclusive, lines.Count) - 1].Span.End);
    }
}
