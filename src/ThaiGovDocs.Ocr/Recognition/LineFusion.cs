using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>
/// Joins two readings of one text line: the letters of a reading by a model that reads Thai letters best (stock <c>tha</c>,
/// trained on far more text than ours) and the figures of a reading by one that reads Thai digits (<c>tha_gov</c>: stock has
/// no ๔ ๖ ๗ ๘ ๙ and writes them as ๓ ๕ ๒ ๆ).
/// </summary>
/// <remarks>
/// The readings are aligned character by character (edit distance). Every run of figures in the digit reading (digits with
/// the <c>. , / : -</c> between them) replaces what the letter reading has at its place; everything else comes from the
/// letter reading. Readings that differ in more than half their characters are not joined: one of them read something
/// else (a crop cut into a neighbouring line), and the digit reading, whose layout the page's lines come from, is kept.
/// </remarks>
internal static class LineFusion
{
    /// <summary>Readings further apart than this share of the longer one are not joined.</summary>
    internal const double MaxDistanceShare = 0.5;

    /// <summary>A letter reading this much longer than the digit reading took in part of a neighbouring line.</summary>
    internal const double MaxLengthRatio = 1.4;

    /// <summary>Longest reading aligned (the table is quadratic); longer lines keep the digit reading.</summary>
    internal const int MaxAlignedLength = 600;

    /// <summary>How much less sure of its line the letter model may be than the digit model and still give its letters.</summary>
    internal const float MaxConfidenceDeficit = 0.05f;

    /// <summary>Whether a letter reading of confidence <paramref name="letters"/> (0..1) is worth joining with a digit reading of <paramref name="digits"/>:
    /// stock reads large bold titles whose marks were split off by the layout analysis worse than the page model did.</summary>
    public static bool IsSureEnough(float letters, float digits) => letters >= digits - MaxConfidenceDeficit;

    /// <summary>The joined line and, for each offset of <paramref name="digits"/> (and its end), the offset it has in the joined line.</summary>
    public static (string Text, int[] DigitOffsets) Fuse(string letters, string digits)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(digits);
        if (letters.Length == 0 || letters == digits || letters.Length > MaxAlignedLength || digits.Length > MaxAlignedLength) return Unchanged(digits);
        if (letters.Length > (MaxLengthRatio * digits.Length) + 5) return Unchanged(digits);

        var ops = Align(letters, digits, out var distance);
        if (distance > MaxDistanceShare * Math.Max(letters.Length, digits.Length)) return Unchanged(digits);

        var inFigure = FigureRuns(digits);
        var text = new System.Text.StringBuilder(Math.Max(letters.Length, digits.Length) + 8);
        var offsets = new int[digits.Length + 1];
        var afterLetterOnly = false;
        for (var k = 0; k < ops.Count; k++)
        {
            var (l, d) = ops[k];
            if (d >= 0) offsets[d] = text.Length;
            var c = l < 0 && IsSpaceBesideFigure(digits, d, inFigure) ? ' '
                : Pick(letters, l, d >= 0 ? digits[d] : null, d >= 0 ? inFigure[d] : l >= 0 && (IsInsideFigure(ops, inFigure, k) || (char.IsDigit(letters[l]) && TouchesFigure(ops, inFigure, k))), afterLetterOnly);
            if (l < 0 && c is { } vowel && IsAboveVowel(vowel) && LetterReadingHasAboveVowelBeside(ops, letters, k)) c = null;
            if (c is { } chosen) text.Append(chosen);
            afterLetterOnly = d < 0 && c is { } kept && (ThaiChars.IsConsonant(kept) || (afterLetterOnly && IsMark(kept)));
        }

        offsets[digits.Length] = text.Length;
        var orphans = LeadingMarks(text);
        if (orphans > 0)
        {
            text.Remove(0, orphans);
            for (var i = 0; i < offsets.Length; i++) offsets[i] = Math.Max(0, offsets[i] - orphans);
        }

        return (text.ToString(), offsets);
    }

    /// <summary>The letter reading of a stretch of a line (<see cref="LetterPassSpans"/>) without the characters at its ends
    /// that the digit reading of the stretch has nothing against: the crop's edge takes in a sliver of the glyph beyond it,
    /// which the letter model reads as a letter or a stroke (<c>กุมภาพันธ์เ</c>, <c>ที่ (</c> before <c>๑/</c>). An end at the
    /// line's own edge (<paramref name="trimStart"/>, <paramref name="trimEnd"/> false) is kept: the crop there is the whole
    /// line's, and a letter only the letter reading has there is one the page model lost (<c>ข้อ</c> read as <c>้อ</c>).</summary>
    public static string TrimOverhang(string letters, string digits, bool trimStart, bool trimEnd)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(digits);
        if (letters.Length == 0 || digits.Length == 0 || letters.Length > MaxAlignedLength || digits.Length > MaxAlignedLength) return letters;
        var ops = Align(letters, digits, out _);
        int first = 0, last = ops.Count - 1;
        while (trimStart && first <= last && ops[first].Digit < 0) first++;
        while (trimEnd && last >= first && ops[last].Digit < 0) last--;
        int start = letters.Length, end = 0;
        for (var k = first; k <= last; k++)
        {
            if (ops[k].Letter < 0) continue;
            start = Math.Min(start, ops[k].Letter);
            end = ops[k].Letter + 1;
        }

        return start < end ? letters[start..end] : string.Empty;
    }

    /// <summary>A line cannot start with a mark: one left there belonged to a letter neither reading saw.</summary>
    private static int LeadingMarks(System.Text.StringBuilder text)
    {
        var n = 0;
        while (n < text.Length && IsMark(text[n])) n++;
        return n;
    }

    /// <summary>
    /// The character of the joined line at one step of the alignment (null: none), given the letter reading's character at
    /// <paramref name="l"/> (-1: none) and the digit reading's: the digit reading's inside figures, else the letter reading's,
    /// with three mends for what stock does to the dotted and fine parts of a line. A below-vowel or ๆ that only the letter
    /// reading has is a leader dot or a ๗ read as a mark (unless it follows a letter only the letter reading has:
    /// <paramref name="afterLetterOnly"/>), and so is a stray stop or colon standing between spaces: dropped.
    /// A tone mark, an above-vowel or a full stop that only the digit reading has was lost by the letter reading: kept.
    /// A comma or mark read where the digit reading has a full stop is a full stop. One figure is the letter reading's: a ๓
    /// where the digit reading has ๑, because <c>tha_gov</c> reads the ๓ of some type faces as ๑ (half of Norasi's), while
    /// stock reads ๓ right and writes ๓ only for a ๓, ๗ or ๙ — never for a ๑.
    /// </summary>
    private static char? Pick(string letters, int l, char? digit, bool inFigure, bool afterLetterOnly)
    {
        if (inFigure) return digit == '๑' && l >= 0 && letters[l] == '๓' ? '๓' : digit;
        if (l < 0) return digit is { } lost && (ThaiChars.IsAboveMark(lost) || lost == '.') ? lost : null;
        var letter = letters[l];
        if (digit is null)
        {
            // The below-vowel of a letter only the letter reading saw (the ู of a ผู้ the digit reading lost) is that letter's.
            var leaderDot = letter is 'ุ' or 'ู' or 'ๆ' && !afterLetterOnly;
            return leaderDot || (IsPunctuation(letter) && StandsAlone(letters, l)) || IsSpaceInsideThaiWord(letters, l) ? null : letter;
        }

        return digit == '.' && (IsPunctuation(letter) || IsMark(letter)) ? '.' : letter;
    }

    /// <summary>A space between two Thai letters that the digit reading does not have: stock splits words (ขอความ เห็นชอบ).</summary>
    private static bool IsSpaceInsideThaiWord(string text, int i) =>
        text[i] == ' ' && i > 0 && i + 1 < text.Length && ThaiLetterOrMark(text[i - 1]) && ThaiLetterOrMark(text[i + 1]);

    private static bool ThaiLetterOrMark(char c) => c is >= '\u0E01' and <= '\u0E4E' and not ('ฯ' or 'ๆ');

    /// <summary>Whether the character at <paramref name="i"/> has white space or the line's end on a side (not inside a word).</summary>
    private static bool StandsAlone(string text, int i) =>
        i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i + 1]);

    private static bool IsPunctuation(char c) => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && !IsMark(c) && c is not ('(' or ')' or '/');

    private static bool IsMark(char c) => ThaiChars.IsCombiningMark(c);

    /// <summary>Character classes whose members OCR confuses with each other; a substitution across classes costs an insertion and a deletion.</summary>
    private static int Class(char c) => IsMark(c) ? 1 : ThaiDigits.IsDigit(c) ? 2 : char.IsLetter(c) ? 3 : char.IsWhiteSpace(c) ? 4 : 5;

    /// <summary>The vowels written above a letter (ั ิ ี ึ ื ็); a letter carries one.</summary>
    private static bool IsAboveVowel(char c) => c is 'ั' or (>= 'ิ' and <= 'ื') or '็';

    /// <summary>Whether the letter reading has an above-vowel at a step next to <paramref name="at"/>: the digit reading's own
    /// vowel there is the same vowel read otherwise (stock <c>ดีงาม</c>, <c>tha_gov</c> <c>ติ่งาม</c>), not one stock lost.</summary>
    private static bool LetterReadingHasAboveVowelBeside(List<(int Letter, int Digit)> ops, string letters, int at) =>
        (at > 0 && ops[at - 1].Letter >= 0 && IsAboveVowel(letters[ops[at - 1].Letter]))
        || (at + 1 < ops.Count && ops[at + 1].Letter >= 0 && IsAboveVowel(letters[ops[at + 1].Letter]));

    private static (string, int[]) Unchanged(string digits)
    {
        var offsets = new int[digits.Length + 1];
        for (var i = 0; i < offsets.Length; i++) offsets[i] = i;
        return (digits, offsets);
    }

    /// <summary>Whether a character of the digit reading belongs to a run of figures: a digit, or a separator between digits.</summary>
    internal static bool[] FigureRuns(string text)
    {
        var figure = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (ThaiDigits.IsDigit(text[i])) figure[i] = true;
        }

        // tha_gov reads junk (a leader dot, a stray mark) as Latin digits glued to Thai: "รอ4", "๕๗๒๑๗๙๗1". Real Latin
        // figures stand apart from Thai text.
        for (var i = 0; i < text.Length;)
        {
            if (text[i] is < '0' or > '9') { i++; continue; }
            var end = i;
            while (end < text.Length && text[end] is >= '0' and <= '9') end++;
            if ((i > 0 && IsThai(text[i - 1])) || (end < text.Length && IsThai(text[end]))) Array.Fill(figure, false, i, end - i);
            i = end;
        }

        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or ',' or '/' or ':' or '-' && figure[i - 1] && figure[i + 1]) figure[i] = true;
        }

        return figure;
    }

    private static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    /// <summary>Whether the letter-reading character of step <paramref name="at"/>, which the digit reading lacks, sits inside a figure run (between two of its characters).</summary>
    private static bool IsInsideFigure(List<(int Letter, int Digit)> ops, bool[] inFigure, int at)
    {
        var (before, after) = DigitReadingAround(ops, at);
        return before >= 0 && after >= 0 && inFigure[before] && inFigure[after];
    }

    /// <summary>The digit reading's characters nearest before and after step <paramref name="at"/> (-1: none).</summary>
    private static (int Before, int After) DigitReadingAround(List<(int Letter, int Digit)> ops, int at)
    {
        int before = -1, after = -1;
        for (var k = at - 1; k >= 0 && before < 0; k--) before = ops[k].Digit;
        for (var k = at + 1; k < ops.Count && after < 0; k++) after = ops[k].Digit;
        return (before, after);
    }

    /// <summary>A space only the digit reading has, next to one of its figure runs: stock runs a document number's parts
    /// together (<c>นร๐๕๐๕/ว๒๒๑</c>) where the digit reading, whose figures are kept, spaced them.</summary>
    private static bool IsSpaceBesideFigure(string digits, int d, bool[] inFigure) =>
        d >= 0 && digits[d] == ' ' && ((d > 0 && inFigure[d - 1]) || (d + 1 < digits.Length && inFigure[d + 1]));

    /// <summary>
    /// Whether the letter-reading character of step <paramref name="at"/>, which the digit reading lacks, sits at a figure
    /// run's edge. Stock reads a ๖ or an ๘ it has no class for as two figures (๖ as ๐๒); the one left over is no figure
    /// that the digit reading missed.
    /// </summary>
    private static bool TouchesFigure(List<(int Letter, int Digit)> ops, bool[] inFigure, int at)
    {
        var (before, after) = DigitReadingAround(ops, at);
        return (before >= 0 && inFigure[before]) || (after >= 0 && inFigure[after]);
    }

    private static int SubstitutionCost(char a, char b) => a == b ? 0 : Class(a) == Class(b) || IsStopMisread(a, b) ? 1 : 2;

    /// <summary>Stock reads a small full stop as a comma or a mark (ธ.ค. as ธีค): aligned with the stop, so that the stop wins.</summary>
    private static bool IsStopMisread(char letter, char digit) => digit == '.' && (IsPunctuation(letter) || IsMark(letter));

    /// <summary>Levenshtein alignment as pairs (letter index or -1, digit index or -1), in order.</summary>
    internal static List<(int Letter, int Digit)> Align(string letters, string digits, out int distance)
    {
        int n = letters.Length, m = digits.Length;
        var cost = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++) cost[i, 0] = i;
        for (var j = 0; j <= m; j++) cost[0, j] = j;
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var substitute = cost[i - 1, j - 1] + SubstitutionCost(letters[i - 1], digits[j - 1]);
                cost[i, j] = Math.Min(substitute, Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }

        distance = cost[n, m];
        var ops = new List<(int, int)>(Math.Max(n, m));
        int a = n, b = m;
        while (a > 0 || b > 0)
        {
            if (a > 0 && b > 0 && cost[a, b] == cost[a - 1, b - 1] + SubstitutionCost(letters[a - 1], digits[b - 1])) { ops.Add((--a, --b)); }
            else if (a > 0 && cost[a, b] == cost[a - 1, b] + 1) { ops.Add((--a, -1)); }
            else { ops.Add((-1, --b)); }
        }

        ops.Reverse();
        return ops;
    }
}
