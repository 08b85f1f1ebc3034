using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.TesseractNative;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>The least confidence of each line's words, for <see cref="LetterPassGate"/>.</summary>
/// <remarks>Tesseract hands all of a page's word confidences at once, in the order its lines are walked; walking the words
/// themselves costs time quadratic in a line's words (<see cref="ResultLines"/>). Each line's share of them is counted from
/// its text (<see cref="CountWords"/>); when the counts do not add up to the page's words, no line gets a value.</remarks>
internal static unsafe class WordConfidences
{
    /// <summary>All word confidences (0..100) of <paramref name="api"/>'s last recognition.</summary>
    public static int[] Read(TessBaseApiHandle api)
    {
        var native = TessBaseAPIAllWordConfidences(api);
        if (native == null) return [];
        try
        {
            var n = 0;
            while (native[n] >= 0) n++;
            return new ReadOnlySpan<int>(native, n).ToArray();
        }
        finally
        {
            TessDeleteIntArray(native);
        }
    }

    /// <summary>For each of <paramref name="lineTexts"/> (every line of the page, blank ones too, in order), the least
    /// confidence (0..1) of its words in <paramref name="confidences"/>; null where its words cannot be placed.</summary>
    /// <remarks>A blank line holds words with no text (one, as a rule), so the count of its words is unknown: the lines before
    /// the first blank line are placed from the start, the lines after the last one from the end, and those between only when
    /// the words left over are one per blank line.</remarks>
    public static float?[] LeastPerLine(IReadOnlyList<string> lineTexts, IReadOnlyList<int> confidences)
    {
        ArgumentNullException.ThrowIfNull(lineTexts);
        ArgumentNullException.ThrowIfNull(confidences);
        var n = lineTexts.Count;
        var least = new float?[n];
        var counts = new int[n];
        int counted = 0, blank = 0, firstBlank = n, lastBlank = -1;
        for (var i = 0; i < n; i++)
        {
            counts[i] = CountWords(lineTexts[i]);
            counted += counts[i];
            if (counts[i] > 0) continue;
            blank++;
            firstBlank = Math.Min(firstBlank, i);
            lastBlank = i;
        }

        var leftOver = confidences.Count - counted;
        if (leftOver < 0 || (blank == 0 && leftOver != 0)) return least;
        if (leftOver == blank)
        {
            for (var i = 0; i < n; i++) counts[i] = Math.Max(counts[i], 1);
            firstBlank = n;
        }

        for (int i = 0, at = 0; i < firstBlank; at += counts[i], i++) least[i] = Least(confidences, at, counts[i]);
        for (int i = n - 1, end = confidences.Count; i > lastBlank && i >= firstBlank; end -= counts[i], i--) least[i] = Least(confidences, end - counts[i], counts[i]);
        return least;
    }

    private static float? Least(IReadOnlyList<int> confidences, int start, int count)
    {
        if (count == 0) return null;
        var min = 100;
        for (var k = start; k < start + count; k++) min = Math.Min(min, confidences[k]);
        return min / 100f;
    }

    /// <summary>How many words Tesseract's LSTM decoder made of <paramref name="text"/>: it ends a word at a space, and
    /// before and after every character of a script written without spaces (Thai, its digits included), so that each Thai
    /// character is a word of its own while a Latin word or number is one.</summary>
    internal static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (i == 0 || char.IsWhiteSpace(text[i - 1]) || IsUnspacedScript(text[i]) || IsUnspacedScript(text[i - 1])) n++;
        }

        return n;
    }

    private static bool IsUnspacedScript(char c) => c is >= '\u0E00' and <= '\u0E7F';
}
