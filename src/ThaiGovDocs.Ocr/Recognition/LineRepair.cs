using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>
/// Finds the text lines that Tesseract's layout analysis got wrong on memo pages, to be read again:
/// <list type="bullet">
/// <item><b>Detached marks</b>: with large or bold type (the title บันทึกข้อความ, header labels) the vowels and tone marks
/// above the letters become a "line" of their own (read as "wy cg y") and the letters below lose them ("บนทกขอความ").
/// A line much lower than the page's typical line, with lines starting just below it and overlapping it, is read again
/// together with them as one text line (PSM 7).</item>
/// <item><b>Missed lines</b>: the layout analysis sometimes finds no line at all in a band of ink (memo-001 loses its
/// ส่วนราชการ line next to a large handwritten number). Bands of ink rows that no line covers, about a line high, are read
/// as a text line (PSM 7); the reading is kept only when it is confident Thai text.</item>
/// </list>
/// </summary>
internal static class LineRepair
{
    /// <summary>A mark line is at most this fraction of the median line height.</summary>
    internal const double MaxMarkLineRatio = 0.55;

    /// <summary>Largest gap between a mark line and the letters below it, as a fraction of the median line height.</summary>
    internal const double MaxGapRatio = 0.6;

    /// <summary>A line lower than this fraction of the median line height, read with low confidence as few Thai letters, is a mark line too.</summary>
    internal const double MaxGarbledMarkLineRatio = 0.85;

    private const int MinLatinWord = 4;

    /// <summary>Ink rows closer than this share of the median line height (at least 3 px) belong to one band: the gap
    /// between a word's marks and its letters is 7 px in 70-px lines of Sarabun at 300 dpi.</summary>
    internal const double MaxBandGapRatio = 0.15;

    /// <summary>Lowest confidence of a reading of a missed band that is kept.</summary>
    internal const float MinMissedLineConfidence = 0.65f;

    /// <summary>Tesseract PSM for one text line.</summary>
    internal const int SingleLine = 7;

    /// <summary>What to read again: the region (in image pixels), how, and the indexes of the lines it replaces.</summary>
    internal sealed record Region(int Left, int Top, int Right, int Bottom, int PageSegmentationMode, IReadOnlyList<int> Replaced)
    {
        /// <summary>The indexes of the mark lines among <see cref="Replaced"/>; the others are the lines the marks sit on.</summary>
        public IReadOnlyList<int> Marks { get; init; } = [];
    }

    /// <summary>The least confidence of a line under marks that is taken to have kept them (<see cref="BodyKeptItsMarks"/>).</summary>
    internal const float MinSureBodyConfidence = 0.9f;

    /// <summary>The fewest marks above the letters (vowels and tone marks) per Thai consonant of a line that kept its marks:
    /// Thai prose has 0.18–0.6 (memo scans and rendered letters), the lines that lost theirs to a mark line 0–0.14.</summary>
    internal const double MinMarksPerConsonant = 0.2;

    /// <summary>Median height of <paramref name="lines"/>, 0 when there are none.</summary>
    public static double MedianHeight(IReadOnlyList<RawLine> lines)
    {
        if (lines.Count == 0) return 0;
        var heights = lines.Select(l => l.Height).Order().ToArray();
        return heights[heights.Length / 2];
    }

    /// <summary>Whether <paramref name="line"/> looks like Thai marks split off the line below.</summary>
    internal static bool IsMarkLine(RawLine line, double medianHeight)
    {
        // A short line read as confident Thai words is text in a small font, or a large title whose marks were split off.
        if (line.Confidence >= 0.8f && ThaiLetterShare(line.Text) >= 0.5) return false;
        if (line.Height <= medianHeight * MaxMarkLineRatio) return true;
        return line.Height <= medianHeight * MaxGarbledMarkLineRatio && line.Confidence < 0.8f && ThaiLetterShare(line.Text) < 0.35
            && !HasFigures(line.Text) && !HasLatinWord(line.Text);
    }

    /// <summary>A Latin word of four letters or more, an e-mail or a web address: marks read as Latin are a letter or three
    /// apart (<c>wy cg y</c>, <c>toy</c>), an e-mail or web line is text.</summary>
    internal static bool HasLatinWord(string text)
    {
        if (text.Contains('@', StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || text.Contains("http", StringComparison.OrdinalIgnoreCase)) return true;
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiLetter(c) ? run + 1 : 0;
            if (run >= MinLatinWord) return true;
        }

        return false;
    }

    /// <summary>
    /// Marks that <c>tha_gov</c> read as scattered figures (<c>๐  ๑ ๑/   ๔7 ส่  ๔ว</c>: it has no junk class, so a tone mark
    /// becomes ๑ or ๐), sitting on the top half of a taller line: unsure, lower than a text line, no two Thai consonants in
    /// a row. The overlap tells them from a number line read as junk, which stands on a line of its own; with wide
    /// leading the marks only touch the line's top, and then more blank than ink in the reading tells them apart.
    /// </summary>
    internal static bool IsMarksReadAsFigures(RawLine line, RawLine below, double medianHeight) =>
        line.Confidence < 0.8f && line.Height <= medianHeight * MaxGarbledMarkLineRatio && below.Height > line.Height
        && (below.Top < line.Bottom - (line.Height / 2) || (below.Top < line.Bottom && IsScattered(line.Text)))
        && below.Top > line.Top && !HasConsonantPair(line.Text)
        && below.Left < line.Right && line.Left < below.Right;

    /// <summary>More spaces than other characters: single marks read far apart, never a line of words or figures.</summary>
    private static bool IsScattered(string text)
    {
        var spaces = text.Count(c => c == ' ');
        return spaces > text.Length - spaces;
    }

    private static bool HasConsonantPair(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (ThaiChars.IsConsonant(text[i]) && ThaiChars.IsConsonant(text[i - 1])) return true;
        }

        return false;
    }

    /// <summary>Digits or a slash: a document number or a date read as junk, never tone marks and vowels alone.</summary>
    private static bool HasFigures(string text) => text.Any(c => char.IsDigit(c) || c == '/');

    /// <summary>Share of Thai consonants and digits among the non-space characters of <paramref name="text"/>.</summary>
    internal static double ThaiLetterShare(string text)
    {
        int letters = 0, all = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            all++;
            if (c is >= '\u0E01' and <= '\u0E2E' or >= '\u0E50' and <= '\u0E59') letters++;
        }

        return all == 0 ? 0 : (double)letters / all;
    }

    /// <summary>The regions of <paramref name="lines"/> to read again (no line is in two regions).</summary>
    public static IReadOnlyList<Region> Find(IReadOnlyList<RawLine> lines)
    {
        var regions = new List<Region>();
        if (lines.Count < 3) return regions;
        var median = MedianHeight(lines);
        var used = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var mark = lines[i];
            if (used.Contains(i)) continue;
            if (!IsMarkLine(mark, median) && !lines.Any(l => !ReferenceEquals(l, mark) && IsMarksReadAsFigures(mark, l, median))) continue;
            var below = new List<int>();
            for (var j = 0; j < lines.Count; j++)
            {
                var line = lines[j];
                if (j == i || IsMarkLine(line, median) || line.Height <= mark.Height) continue;
                var gap = line.Top - mark.Bottom;
                var overlaps = line.Left < mark.Right && mark.Left < line.Right;
                if (overlaps && gap >= -mark.Height && gap <= median * MaxGapRatio) below.Add(j);
            }

            if (below.Count == 0) continue;

            // Only the first row below: with wide leading the gap also reaches the line after it, and read as one line
            // the two came out as the first line again without the second.
            var nearest = below.MinBy(j => lines[j].Top);
            below.RemoveAll(j => lines[j].Top >= lines[nearest].Top + (lines[nearest].Height / 2));
            used.Add(i);
            var joined = regions.FindIndex(r => r.Replaced.Any(below.Contains));
            if (joined >= 0)
            {
                // A second mark line over a line already being read again with the first: one region for all of them.
                var r = regions[joined];
                regions[joined] = r with { Left = Math.Min(r.Left, mark.Left), Top = Math.Min(r.Top, mark.Top), Right = Math.Max(r.Right, mark.Right), Replaced = [.. r.Replaced, i], Marks = [.. r.Marks, i] };
                continue;
            }

            below.RemoveAll(used.Contains);
            if (below.Count == 0) continue;
            used.UnionWith(below);
            var parts = below.Select(j => lines[j]).Append(mark).ToArray();
            regions.Add(new Region(parts.Min(l => l.Left), mark.Top, parts.Max(l => l.Right), parts.Max(l => l.Bottom), SingleLine, [i, .. below]) { Marks = [i] });
        }

        return regions;
    }

    /// <summary>The lines of <paramref name="region"/> that its marks sit on, top down.</summary>
    public static IReadOnlyList<RawLine> BodyLines(Region region, IReadOnlyList<RawLine> lines) =>
        region.Replaced.Except(region.Marks).Order().Select(i => lines[i]).ToArray();

    /// <summary>
    /// The region's reading when its lines kept their marks (<see cref="BodyKeptItsMarks"/>): its body lines, each grown up over
    /// the marks above it, as a reading of the region would have boxed them: the letter pass reads a line in its box, and
    /// without the tops of its marks it read <c>ผู้อานวยการ</c> for <c>ผู้อำนวยการ</c>.
    /// </summary>
    public static IReadOnlyList<RawLine> BodyWithItsMarks(Region region, IReadOnlyList<RawLine> lines) =>
        BodyLines(region, lines).Select(body =>
        {
            var top = region.Marks.Select(i => lines[i]).Where(m => m.Left < body.Right && body.Left < m.Right).Select(m => m.Top).Append(body.Top).Min();
            return body with { Top = top };
        }).ToArray();

    /// <summary>
    /// Whether every line under the region's marks was read with its own marks: sure (<see cref="MinSureBodyConfidence"/>) and
    /// with marks above its letters at the rate of Thai text (<see cref="MinMarksPerConsonant"/>). Tesseract then read the marks
    /// with the line, and the mark line is their ink read a second time; read again, such lines came out the same or worse
    /// (memo-000: ที่ → ี่, เรียบร้อย → รี่ยบร้อย). A line that lost its marks reads with few or none (<c>บนทกขอความ</c> at 0.92).
    /// </summary>
    public static bool BodyKeptItsMarks(Region region, IReadOnlyList<RawLine> lines) =>
        BodyLines(region, lines).All(l => l.Confidence >= MinSureBodyConfidence && HasMarksOfThaiText(l.Text));

    private static bool HasMarksOfThaiText(string text)
    {
        int marks = 0, consonants = 0;
        foreach (var c in text)
        {
            if (ThaiChars.IsConsonant(c)) consonants++;
            else if (ThaiChars.IsAboveMark(c)) marks++;
        }

        return consonants > 0 && marks >= consonants * MinMarksPerConsonant;
    }

    /// <summary>Bands of ink rows (<paramref name="inkPerRow"/>: ink pixels of each image row) that no line covers, about a line high, within the lines' column.</summary>
    public static IReadOnlyList<Region> FindMissed(IReadOnlyList<RawLine> lines, IReadOnlyList<int> inkPerRow)
    {
        var regions = new List<Region>();
        if (lines.Count < 3) return regions;
        var median = MedianHeight(lines);
        var covered = new bool[inkPerRow.Count];
        foreach (var line in lines)
        {
            for (var y = Math.Max(0, line.Top); y < Math.Min(covered.Length, line.Bottom); y++) covered[y] = true;
        }

        var maxGap = Math.Max(3, (int)(median * MaxBandGapRatio));
        int left = lines.Min(l => l.Left), right = lines.Max(l => l.Right);
        var minInk = Math.Max(3, (right - left) / 200);
        int start = -1, last = -1;
        for (var y = 0; y <= inkPerRow.Count; y++)
        {
            var ink = y < inkPerRow.Count && !covered[y] && inkPerRow[y] >= minInk;
            if (ink)
            {
                if (start < 0) start = y;
                last = y;
                continue;
            }

            if (start >= 0 && (y - last > maxGap || y == inkPerRow.Count))
            {
                var height = last + 1 - start;
                if (height >= median * 0.6 && height <= median * 1.6) regions.Add(new Region(left, start, right, last + 1, SingleLine, []));
                start = -1;
            }
        }

        return regions;
    }

    /// <summary>Keeps the readings of missed bands that are confident Thai text: a Thai consonant or digit, and Thai for
    /// at least half of what is not blank (a one-word line like <c>ที่</c> is mostly marks).</summary>
    public static IReadOnlyList<RawLine> KeepConfident(IReadOnlyList<RawLine> read) =>
        read.Where(l => l.Confidence >= MinMissedLineConfidence && IsThaiText(l.Text)).ToArray();

    private static bool IsThaiText(string text)
    {
        int thai = 0, all = 0;
        var hasBase = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            all++;
            if (c is < '\u0E01' or > '\u0E5B') continue;
            thai++;
            hasBase |= ThaiChars.IsConsonant(c) || ThaiDigits.IsDigit(c);
        }

        return hasBase && thai * 2 >= all;
    }

    /// <summary>
    /// Drops the mark lines left after repair (marks with no line below to join, read as "at   a" or "toy"):
    /// lines no higher than a mark line, with under 35 % Thai letters, marks read as figures on a line that another
    /// mark line was already read with, and unsure fragments inside another line's box. Those marks belong to a line
    /// Tesseract read without them.
    /// </summary>
    public static List<RawLine> DropStrayMarks(List<RawLine> lines)
    {
        var median = MedianHeight(lines);
        if (lines.Count < 3) return lines;
        return lines.Where(l => !(IsMarkLine(l, median) && ThaiLetterShare(l.Text) < 0.35)
            && !lines.Any(other => !ReferenceEquals(other, l) && (IsMarksReadAsFigures(l, other, median) || IsFragmentInside(l, other)))).ToList();
    }

    /// <summary>
    /// An unsure piece no higher than half of <paramref name="line"/>, lying within its box: the layout analysis took a
    /// few marks or the tops of tall letters for a line of their own (<c>ค.  ๔</c> over <c>ศูนย์ไซเบอร์ทหาร</c>, <c>๒</c>
    /// and <c>๑จ</c> in the marks band of <c>อ้างถึง</c> on pages with wide leading), while the line was read whole.
    /// </summary>
    internal static bool IsFragmentInside(RawLine fragment, RawLine line) =>
        fragment.Confidence < 0.8f && fragment.Height * 2 <= line.Height
        && fragment.Top >= line.Top && fragment.Bottom <= line.Bottom
        && fragment.Left >= line.Left && fragment.Right <= line.Right;

    /// <summary>
    /// Gives back to a line the first glyph the layout analysis cut off as "lines" of its own (the ผู้ of <c>ผู้อำนวยการ</c>
    /// read as <c>๐</c>, <c>ี้</c> and <c>ฃบ</c> just left of the line's box): each fragment no wider than one and a half
    /// line heights, ending within half a line height before the line starts, beside it, is dropped and the line's box
    /// grows over it, so that the letter pass reads the glyph with the line.
    /// </summary>
    public static List<RawLine> AttachLineStarts(List<RawLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var grown = new Dictionary<int, RawLine>();
        var fragments = new HashSet<int>();
        for (var f = 0; f < lines.Count; f++)
        {
            var fragment = lines[f];
            var owner = -1;
            for (var j = 0; j < lines.Count && owner < 0; j++)
            {
                if (j != f && !fragments.Contains(j) && IsLineStartFragment(fragment, lines[j])) owner = j;
            }

            if (owner < 0) continue;
            fragments.Add(f);
            var line = grown.GetValueOrDefault(owner, lines[owner]);
            // The start lives only in the grown box: the words' confidences were of the line without it.
            grown[owner] = line with { Left = Math.Min(line.Left, fragment.Left), Top = Math.Min(line.Top, fragment.Top), Bottom = Math.Max(line.Bottom, fragment.Bottom), LeastWordConfidence = null };
        }

        if (fragments.Count == 0) return lines;
        var result = new List<RawLine>(lines.Count - fragments.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!fragments.Contains(i)) result.Add(grown.GetValueOrDefault(i, lines[i]));
        }

        return result;
    }

    private static bool IsLineStartFragment(RawLine fragment, RawLine line)
    {
        if (fragment.Width > line.Height * 1.5 || fragment.Width >= line.Width / 4) return false;
        var gap = line.Left - fragment.Right;
        if (gap < -line.Height / 5 || gap > line.Height / 2) return false;
        var middle = (fragment.Top + fragment.Bottom) / 2;
        return middle >= line.Top - (line.Height / 2) && middle <= line.Bottom + (line.Height / 4);
    }

    /// <summary>Replaces each region's lines by what was read there, at the position of its first body line; regions read as nothing are left as they were.</summary>
    public static List<RawLine> Apply(IReadOnlyList<RawLine> lines, IReadOnlyList<(Region Region, IReadOnlyList<RawLine> Lines)> readings)
    {
        var replacement = new Dictionary<int, IReadOnlyList<RawLine>>();
        var inserted = new Dictionary<int, List<RawLine>>();
        var dropped = new HashSet<int>();
        foreach (var (region, read) in readings)
        {
            if (read.Count == 0) continue;
            if (region.Replaced.Count == 0)
            {
                var at = Enumerable.Range(0, lines.Count).FirstOrDefault(k => lines[k].Top >= region.Top, lines.Count);
                if (!inserted.TryGetValue(at, out var list)) inserted[at] = list = [];
                list.AddRange(read);
                continue;
            }

            var anchor = region.Replaced.Count > 1 ? region.Replaced.Skip(1).Min() : region.Replaced[0];
            var startsParagraph = region.Replaced.Any(k => k <= anchor && lines[k].StartsParagraph);
            replacement[anchor] = [read[0] with { StartsParagraph = startsParagraph }, .. read.Skip(1).Select(l => l with { StartsParagraph = false })];
            dropped.UnionWith(region.Replaced.Where(k => k != anchor));
        }

        var result = new List<RawLine>(lines.Count);
        for (var k = 0; k <= lines.Count; k++)
        {
            if (inserted.TryGetValue(k, out var extra)) result.AddRange(extra);
            if (k == lines.Count) break;
            if (replacement.TryGetValue(k, out var read)) result.AddRange(read);
            else if (!dropped.Contains(k)) result.Add(lines[k]);
        }

        return result;
    }
}
