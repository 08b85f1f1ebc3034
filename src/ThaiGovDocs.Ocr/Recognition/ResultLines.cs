using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.TesseractNative;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Reads the text lines of a finished recognition, with their words' boxes where they are wanted.</summary>
/// <remarks>Tesseract's result iterator finds the next word by recomputing its line's reading order, so a word walk costs
/// time quadratic in a line's words: lines whose words nobody uses are stepped over a line at a time.</remarks>
internal static unsafe class ResultLines
{
    /// <summary>The lines of <paramref name="api"/>'s last recognition in reading order, each with its words' least
    /// confidence; the lines <paramref name="words"/> wants carry their words, and with <paramref name="scoreWords"/> every
    /// line carries its <see cref="RawLine.ScoredWords"/>.</summary>
    public static List<RawLine> Read(TessBaseApiHandle api, WordBoxDemand words, bool scoreWords = false)
    {
        var lines = new List<RawLine>();
        using var it = TessBaseAPIGetIterator(api);
        if (it.IsInvalid) return lines;

        var page = TessResultIteratorGetPageIterator(it);
        var scored = new List<ScoredWord>();
        var texts = new List<string>();
        var textOfLine = new List<int>();
        bool more;
        do
        {
            // The iterator starts at a line's start, and both steps below end at the next one.
            var (line, text) = ReadLineHere(it, page);
            texts.Add(text);
            if (line is not null) textOfLine.Add(texts.Count - 1);
            var wantsBoxes = line is not null && words.Wants(line);
            if (line is null || !(wantsBoxes || scoreWords))
            {
                if (line is not null) lines.Add(line);
                more = TessResultIteratorNext(it, PageIteratorLevel.TextLine) != 0;
                continue;
            }

            scored.Clear();
            do
            {
                if (ReadWordHere(it, page, line.Text, scored.Count == 0 ? 0 : scored[^1].Start + scored[^1].Length) is { } word) scored.Add(word);
                more = TessResultIteratorNext(it, PageIteratorLevel.Word) != 0;
            }
            while (more && TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.TextLine) == 0);

            lines.Add(line with
            {
                Words = wantsBoxes ? scored.Select(w => new WordBox(w.Start, w.Length, w.Left, w.Right)).ToArray() : [],
                ScoredWords = scoreWords ? scored.ToArray() : [],
            });
        }
        while (more);

        var least = WordConfidences.LeastPerLine(texts, WordConfidences.Read(api));
        for (var i = 0; i < lines.Count; i++) lines[i] = lines[i] with { LeastWordConfidence = least[textOfLine[i]] };
        return lines;
    }

    /// <summary>The text line the iterator stands at the start of (null when it holds no text) and its text as Tesseract gives it.</summary>
    private static (RawLine? Line, string Text) ReadLineHere(ResultIteratorHandle it, IntPtr page)
    {
        var text = NativeText.TakeTesseractText(TessResultIteratorGetUTF8Text(it, PageIteratorLevel.TextLine)) ?? string.Empty;
        var lineText = text.TrimEnd('\n', '\r', ' ');
        if (string.IsNullOrWhiteSpace(lineText)) return (null, text);

        int left, top, right, bottom;
        if (TessPageIteratorBoundingBox(page, PageIteratorLevel.TextLine, &left, &top, &right, &bottom) == 0) return (null, text);

        var confidence = Math.Clamp(TessResultIteratorConfidence(it, PageIteratorLevel.TextLine), 0f, 100f) / 100f;
        var startsParagraph = TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.Paragraph) != 0;
        return (new RawLine(lineText, left, top, right, bottom, confidence, startsParagraph), text);
    }

    /// <summary>The word the iterator stands at, located in <paramref name="lineText"/> from <paramref name="from"/>; null when it is not found there.</summary>
    private static ScoredWord? ReadWordHere(ResultIteratorHandle it, IntPtr page, string lineText, int from)
    {
        var word = NativeText.TakeTesseractText(TessResultIteratorGetUTF8Text(it, PageIteratorLevel.Word));
        if (string.IsNullOrEmpty(word)) return null;

        int left, top, right, bottom;
        if (TessPageIteratorBoundingBox(page, PageIteratorLevel.Word, &left, &top, &right, &bottom) == 0) return null;

        var start = lineText.IndexOf(word, Math.Min(from, lineText.Length), StringComparison.Ordinal);
        var confidence = Math.Clamp(TessResultIteratorConfidence(it, PageIteratorLevel.Word), 0f, 100f) / 100f;
        return start < 0 ? null : new ScoredWord(start, word.Length, left, right, confidence);
    }
}
