namespace ThaiGovDocs.Text;

/// <summary>
/// Mends OCR's commonest Thai slip against a word list: a mark read where there is none or read as its neighbour
/// (<c>ขั้นพื้นฐ่าน</c>, <c>คดี่</c>, <c>ผู้อำน่วยการ</c>, <c>รักษาความดิ</c>, <c>บังค้บ</c>). A run of Thai letters that no
/// segmentation into known words covers is changed only when exactly one such edit makes it covered (with the fewest
/// words); everything else, names and words the list lacks among them, is left as read.
/// </summary>
public static class ThaiWordRepair
{
    // The word an edit makes must be this long: short words are too easy to make out of a name or another misreading
    // (คำสัง → คำ|สง, the name กัมปาลา → ก้ม|ปา|ลา). ิ/ี alone may make a two-letter word: ดี, ที, มี are everywhere.
    private const int MinWordAfterDeletion = 3;
    private const int MinWordAfterToneSwap = 3;
    private const int MinWordAfterHookSwap = 4;
    private const int MinWordAfterVowelSwap = 2;

    // Shorter runs are abbreviations and syllables of names as often as words (มีค for มี.ค., a name's ดิ).
    private const int MinRunLength = 4;

    // Personal titles: the given name glued to them is a name, which no word list holds.
    private static readonly string[] Titles = ["นางสาว", "นาง", "นาย", "ว่าที่", "เด็กชาย", "เด็กหญิง"];

    /// <summary>
    /// The line with its misread marks mended, or the same string when nothing was changed.
    /// </summary>
    /// <param name="line">One line of OCR output.</param>
    /// <param name="lexicon">The words to check against.</param>
    /// <param name="offsets">Null when no character was removed; otherwise, for each offset of <paramref name="line"/> (and
    /// its end), the offset in the result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Repair(string line, ThaiLexicon lexicon, out int[]? offsets)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(lexicon);
        offsets = null;
        char[]? mended = null;
        var length = 0;
        var copied = 0;
        for (var start = 0; start < line.Length;)
        {
            if (!ThaiChars.IsThaiLetterOrMark(line[start])) { start++; continue; }
            var end = start;
            while (end < line.Length && ThaiChars.IsThaiLetterOrMark(line[end])) end++;
            var run = line.AsSpan(start, end - start);
            if (!IsNameOrAbbreviation(line, start, end) && TryMend(run, lexicon, out var at, out var replacement))
            {
                mended ??= new char[line.Length];
                line.AsSpan(copied, start + at - copied).CopyTo(mended.AsSpan(length));
                length += start + at - copied;
                if (replacement is { } c)
                {
                    mended[length++] = c;
                }
                else
                {
                    offsets ??= Identity(line.Length);
                    for (var i = start + at + 1; i <= line.Length; i++) offsets[i]--;
                }

                copied = start + at + 1;
            }

            start = end;
        }

        if (mended is null) return line;
        line.AsSpan(copied).CopyTo(mended.AsSpan(length));
        length += line.Length - copied;
        return new string(mended, 0, length);
    }

    /// <summary>
    /// The one edit of a mark that makes <paramref name="run"/> a sequence of known words: the mark at
    /// <paramref name="at"/> removed (<paramref name="replacement"/> null) or replaced.
    /// </summary>
    internal static bool TryMend(ReadOnlySpan<char> run, ThaiLexicon lexicon, out int at, out char? replacement)
    {
        at = -1;
        replacement = null;
        if (run.Length < MinRunLength) return false;
        Span<int> ends = run.Length <= 256 ? stackalloc int[run.Length] : new int[run.Length];
        if (lexicon.Segment(run, ends) >= 0) return false;

        Span<char> edited = run.Length <= 256 ? stackalloc char[run.Length] : new char[run.Length];
        var fewest = int.MaxValue;
        var ties = 0;
        var foundAt = -1;
        char? foundBy = null;
        for (var i = 1; i < run.Length; i++)
        {
            var mark = run[i];
            if (IsDroppable(mark))
            {
                run[..i].CopyTo(edited);
                run[(i + 1)..].CopyTo(edited[i..]);
                var words = lexicon.Segment(edited[..(run.Length - 1)], ends);
                Consider(words, words > 0 && WordLengthAt(ends[..words], i - 1) >= MinWordAfterDeletion, i, null);
            }

            foreach (var other in Swaps(mark))
            {
                run.CopyTo(edited);
                edited[i] = other;
                var words = lexicon.Segment(edited[..run.Length], ends);
                var minWord = other switch
                {
                    '\u0E34' or '\u0E35' => MinWordAfterVowelSwap,
                    '\u0E48' or '\u0E49' when mark is '\u0E48' or '\u0E49' => MinWordAfterToneSwap,
                    '\u0E32' => MinWordAfterToneSwap,
                    _ => MinWordAfterHookSwap,
                };
                Consider(words, words > 0 && WordLengthAt(ends[..words], i) >= minWord, i, other);
            }
        }

        at = foundAt;
        replacement = foundBy;
        return ties == 1;

        void Consider(int words, bool wordLongEnough, int position, char? by)
        {
            if (words < 0 || !wordLongEnough || words > fewest) return;
            if (words < fewest) { fewest = words; ties = 0; }
            ties++;
            foundAt = position;
            foundBy = by;
        }
    }

    /// <summary>Tone marks, ์ and ั: OCR adds them from specks and the marks of the line above. (Not ็: names keep old
    /// spellings such as เพ็ชร.)</summary>
    private static bool IsDroppable(char c) => ThaiChars.IsToneMark(c) || c is '\u0E4C' or '\u0E31';

    /// <summary>Marks OCR reads as their look-alike: ิ/ี, ่/้, ั/้ (both a small hook above the letter), and ำ for า (the
    /// project's model has ำ; a speck above า makes one).</summary>
    private static ReadOnlySpan<char> Swaps(char c) => c switch
    {
        '\u0E34' => "\u0E35",
        '\u0E35' => "\u0E34",
        '\u0E31' => "\u0E49",
        '\u0E48' => "\u0E49",
        '\u0E49' => "\u0E31\u0E48",
        '\u0E33' => "\u0E32",
        _ => [],
    };

    /// <summary>Length of the word (of a segmentation given by its ends) that holds offset <paramref name="position"/>.</summary>
    private static int WordLengthAt(ReadOnlySpan<int> ends, int position)
    {
        var start = 0;
        foreach (var end in ends)
        {
            if (position < end) return end - start;
            start = end;
        }

        return 0;
    }

    /// <summary>Whether the run is a name or part of an abbreviation: glued to a personal title or a rank written in full,
    /// or beside an abbreviation's dot (<c>ดร.ประเสริฐ</c>, <c>พ.ต.อ.สมชาย</c>, <c>มีค.</c>).</summary>
    private static bool IsNameOrAbbreviation(string line, int start, int end)
    {
        if ((start > 0 && line[start - 1] == '.') || (end < line.Length && line[end] == '.')) return true;
        var run = line.AsSpan(start);
        foreach (var title in Titles)
        {
            if (run.StartsWith(title, StringComparison.Ordinal)) return true;
        }

        return Parsing.Ranks.StartsWithFullForm(run);
    }

    private static int[] Identity(int length)
    {
        var map = new int[length + 1];
        for (var i = 0; i <= length; i++) map[i] = i;
        return map;
    }
}
