namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Puts the confident lines of a page's coloured-ink layer (urgency marks, receipt stamps) before its printed text.</summary>
/// <remarks>
/// The ink layer is read as sparse text, one word group at a time and in no useful order, so its lines are grouped
/// again into blocks (a stamp's number, date and time lie one under the other) and the blocks put in order from the
/// top. They go before the print, as blocks of their own: marks and stamps sit at the head of a letter, and a line of
/// handwriting interleaved with the header would split a label from its value. Lines read with little confidence are
/// dropped: signatures and handwritten serials read as junk.
/// </remarks>
internal static class InkLines
{
    /// <summary>Largest vertical gap, in line heights, between two lines of one block.</summary>
    private const float MaxGapInLineHeights = 1.5f;

    /// <summary>The page reading with <paramref name="ink"/>'s lines of at least <paramref name="minConfidence"/> in front of <paramref name="print"/>'s.</summary>
    public static PageRecognition Prepend(PageRecognition ink, PageRecognition print, float minConfidence)
    {
        var kept = ink.Lines.Where(l => l.Confidence >= minConfidence && CountLettersAndDigits(l.Text) >= 2).ToList();
        if (kept.Count == 0) return print;

        var text = new System.Text.StringBuilder();
        var lines = new List<OcrLine>(kept.Count + print.Lines.Count);
        foreach (var block in Blocks(kept))
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
            var home = blocks.FirstOrDefault(b => Continues(b[^1], line));
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
