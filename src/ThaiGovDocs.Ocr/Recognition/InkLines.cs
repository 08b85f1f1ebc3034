namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Merges the confident lines of a page's coloured-ink layer into its printed text: a stamped serial or day goes
/// into the printed line it sits on, marks and receipt stamps go before the print.</summary>
/// <remarks>
/// The ink layer is read as sparse text, one word group at a time and in no useful order, so its lines are grouped
/// again into blocks (a stamp's number, date and time lie one under the other). A block of one short group that sits
/// on a printed line, such as the serial stamped after <c>ที่ กห ๐๓๐๑.๑๐.๑/</c> or the day written between <c>วันที่</c> and
/// the month, is put into that line at its place among the line's words, so the number and the date read whole. The
/// other blocks go before the print, in order from the top: marks and stamps sit at the head of a letter, and a stamp
/// interleaved with the header would split a label from its value. Lines read with little confidence are dropped:
/// signatures and handwriting read as junk.
/// </remarks>
internal static class InkLines
{
    /// <summary>Largest vertical gap, in line heights, between two lines of one block.</summary>
    private const float MaxGapInLineHeights = 1.5f;

    /// <summary>Smallest share of the lower of two ink groups' heights that they must share to lie on one row.</summary>
    private const float MinRowOverlap = 0.5f;

    /// <summary>Widest gap, in line heights, between two ink groups of one row (a stamp's label, its leader dots, its value).</summary>
    private const float MaxRowGapInLineHeights = 6f;

    /// <summary>Smallest share of an ink group's height that a printed line must cover for the group to go into it.</summary>
    private const float MinVerticalOverlap = 0.5f;

    /// <summary>An ink group taller than this many heights of the printed line is no word of it (a signature, a large stamp).</summary>
    private const float MaxHeightInLineHeights = 1.6f;

    /// <summary>How far, in line heights, past the printed line's right end an ink group may sit and still belong to it.</summary>
    private const float MaxReachInLineHeights = 6f;

    /// <summary>The page reading with <paramref name="ink"/>'s lines of at least <paramref name="minConfidence"/> merged into <paramref name="print"/>'s.</summary>
    public static PageRecognition Merge(PageRecognition ink, PageRecognition print, float minConfidence)
    {
        var blocks = KeptBlocks(ink, minConfidence);
        if (blocks.Count == 0) return print;

        var placed = new List<(int Host, OcrLine Ink)>();
        var prepended = new List<List<OcrLine>>();
        foreach (var block in blocks)
        {
            var host = block.Count == 1 ? HostLine(block[0], print.Lines) : -1;
            if (host >= 0) placed.Add((host, block[0]));
            else if (block.Any(l => CountLettersAndDigits(l.Text) >= 2)) prepended.Add(block);
        }

        return Prepend(prepended, Place(placed, print));
    }

    /// <summary>The ink groups that <see cref="Merge"/> may put into a printed line: the kept groups that form a block alone.</summary>
    public static WordBoxDemand WordBoxesFor(PageRecognition ink, float minConfidence) =>
        new(KeptBlocks(ink, minConfidence).Where(b => b.Count == 1).Select(b => b[0]).ToArray());

    /// <summary>Whether a printed line with this box may take <paramref name="ink"/> as one of its words: the group lies
    /// across the line, is not much taller, and is not far past its right end.</summary>
    internal static bool MayHost(OcrLine ink, int x, int y, int width, int height)
    {
        var overlap = Math.Min(ink.Y + ink.Height, y + height) - Math.Max(ink.Y, y);
        if (overlap <= 0 || overlap < MinVerticalOverlap * ink.Height) return false;
        if (ink.Height > MaxHeightInLineHeights * height) return false;
        return ink.X + ink.Width >= x && ink.X <= x + width + (MaxReachInLineHeights * height);
    }

    /// <summary>The confident, worthwhile lines of <paramref name="ink"/>, joined in rows, grouped into blocks.</summary>
    private static List<List<OcrLine>> KeptBlocks(PageRecognition ink, float minConfidence) =>
        Blocks(JoinRows(ink.Lines.Where(l => l.Confidence >= minConfidence && IsWorthKeeping(l.Text))));

    /// <summary>
    /// The lines with those that sit side by side, close, on one row joined left to right: the sparse read takes a stamp's
    /// label and its value (<c>วันที่</c> and <c>๑๗/๐๕/๒๕๖๘</c>, leader dots between them) for groups of their own, and the
    /// stamp's blocks would then list the labels apart from the values.
    /// </summary>
    internal static List<OcrLine> JoinRows(IEnumerable<OcrLine> lines)
    {
        var rows = new List<OcrLine>();
        foreach (var line in lines.OrderBy(l => l.X))
        {
            var row = rows.FindIndex(r => IsLeftNeighbour(r, line));
            if (row < 0)
            {
                rows.Add(line);
                continue;
            }

            var left = rows[row];
            int top = Math.Min(left.Y, line.Y), bottom = Math.Max(left.Y + left.Height, line.Y + line.Height);
            rows[row] = left with
            {
                Text = left.Text + " " + line.Text,
                Y = top,
                Width = Math.Max(left.X + left.Width, line.X + line.Width) - left.X,
                Height = bottom - top,
                Confidence = Math.Min(left.Confidence, line.Confidence),
            };
        }

        return rows;
    }

    /// <summary>Whether <paramref name="left"/> ends, on the same row, at most <see cref="MaxRowGapInLineHeights"/> before <paramref name="right"/> starts.</summary>
    private static bool IsLeftNeighbour(OcrLine left, OcrLine right)
    {
        int low = Math.Min(left.Height, right.Height), high = Math.Max(left.Height, right.Height);
        var overlap = Math.Min(left.Y + left.Height, right.Y + right.Height) - Math.Max(left.Y, right.Y);
        if (overlap < MinRowOverlap * low) return false;
        var gap = right.X - (left.X + left.Width);
        return gap >= -low && gap <= MaxRowGapInLineHeights * high;
    }

    /// <summary>A group of at least two letters or digits, or a lone figure (a stamped or written day).</summary>
    private static bool IsWorthKeeping(string text)
    {
        var count = CountLettersAndDigits(text);
        return count >= 2 || (count == 1 && text.Any(char.IsDigit));
    }

    /// <summary>Index of the printed line that <paramref name="ink"/> sits on as one of its words, -1 when none.</summary>
    internal static int HostLine(OcrLine ink, IReadOnlyList<OcrLine> lines)
    {
        var best = -1;
        var bestOverlap = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var overlap = Math.Min(ink.Y + ink.Height, line.Y + line.Height) - Math.Max(ink.Y, line.Y);
            if (overlap <= bestOverlap || !MayHost(ink, line.X, line.Y, line.Width, line.Height)) continue;
            best = i;
            bestOverlap = overlap;
        }

        return best;
    }

    /// <summary>Puts each placed ink group into its host line, before the first word that starts right of the group's middle.</summary>
    private static PageRecognition Place(List<(int Host, OcrLine Ink)> placed, PageRecognition print)
    {
        if (placed.Count == 0) return print;

        var lines = print.Lines.ToArray();
        foreach (var group in placed.GroupBy(p => p.Host))
        {
            var host = lines[group.Key];
            var text = host.Text;
            // Right to left, so that the word offsets of the groups still to insert stay valid.
            foreach (var (_, ink) in group.OrderByDescending(p => p.Ink.X))
            {
                var at = InsertionPoint(host, ink);
                var before = at > 0 && text[at - 1] != ' ' ? " " : string.Empty;
                var after = at < text.Length && text[at] != ' ' ? " " : string.Empty;
                text = string.Concat(text[..at], before, ink.Text + after, text[at..]);
            }

            lines[group.Key] = host with { Text = text, Words = [] };
        }

        var page = new System.Text.StringBuilder(print.Text.Length + 64);
        var cursor = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var span = print.Lines[i].SpanInPageText;
            page.Append(print.Text, cursor, span.Start - cursor);
            lines[i] = lines[i] with { SpanInPageText = new TextSpan(page.Length, lines[i].Text.Length) };
            page.Append(lines[i].Text);
            cursor = span.Start + span.Length;
        }

        page.Append(print.Text, cursor, print.Text.Length - cursor);
        return print with { Text = page.ToString(), Lines = lines };
    }

    /// <summary>Where in <paramref name="host"/>'s text <paramref name="ink"/> goes: next to the nearer of the words either side of
    /// its middle, so that a serial stamped after <c>/</c> follows it even when a wide gap separates it from the next word.</summary>
    internal static int InsertionPoint(OcrLine host, OcrLine ink)
    {
        var middle = ink.X + (ink.Width / 2);
        var next = 0;
        while (next < host.Words.Count && host.Words[next].Left < middle) next++;
        if (next == 0) return host.Words.Count == 0 ? host.Text.Length : host.Words[0].Start;
        var previous = host.Words[next - 1];
        var afterPrevious = previous.Start + previous.Length;
        if (next == host.Words.Count) return afterPrevious;
        return ink.X - previous.Right <= host.Words[next].Left - (ink.X + ink.Width) ? afterPrevious : host.Words[next].Start;
    }

    /// <summary>The page reading with <paramref name="blocks"/> in front of <paramref name="print"/>'s text, a blank line between blocks.</summary>
    private static PageRecognition Prepend(List<List<OcrLine>> blocks, PageRecognition print)
    {
        if (blocks.Count == 0) return print;

        var text = new System.Text.StringBuilder();
        var lines = new List<OcrLine>(blocks.Sum(b => b.Count) + print.Lines.Count);
        foreach (var block in blocks)
        {
            if (text.Length > 0) text.Append("\n\n");
            for (var i = 0; i < block.Count; i++)
            {
                if (i > 0) text.Append('\n');
                lines.Add(block[i] with { SpanInPageText = new TextSpan(text.Length, block[i].Text.Length) });
                text.Append(block[i].Text);
            }
        }

        if (print.Text.Length > 0) text.Append("\n\n");
        var offset = text.Length;
        foreach (var line in print.Lines)
        {
            lines.Add(line with { SpanInPageText = new TextSpan(line.SpanInPageText.Start + offset, line.SpanInPageText.Length) });
        }

        text.Append(print.Text);
        return print with { Text = text.ToString(), Lines = lines };
    }

    /// <summary>Groups lines, taken from the top, into blocks of lines that overlap horizontally and follow each other closely.</summary>
    internal static List<List<OcrLine>> Blocks(IEnumerable<OcrLine> lines)
    {
        var blocks = new List<List<OcrLine>>();
        foreach (var line in lines.OrderBy(l => l.Y).ThenBy(l => l.X))
        {
            // Any line of the block, not only its last: a label read apart from its value may come after the value.
            var home = blocks.FirstOrDefault(b => b.Exists(l => Continues(l, line)));
            if (home is null) blocks.Add([line]);
            else home.Add(line);
        }

        return blocks;
    }

    private static bool Continues(OcrLine above, OcrLine below)
    {
        var overlap = Math.Min(above.X + above.Width, below.X + below.Width) - Math.Max(above.X, below.X);
        var gap = below.Y - (above.Y + above.Height);
        return overlap > 0 && gap <= MaxGapInLineHeights * Math.Max(above.Height, below.Height);
    }

    private static int CountLettersAndDigits(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) n++;
        }

        return n;
    }
}
