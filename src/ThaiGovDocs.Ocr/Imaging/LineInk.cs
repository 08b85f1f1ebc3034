namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>
/// Keeps, in a crop around one text line, only the ink of that line. With the tight leading of faces like Sarabun, a
/// line's box takes in the descenders of the line above and the stacked marks of the line below, and the recogniser
/// reads them as letters (<c>เรียน</c> as <c>รื่ยน</c>, <c>ว. ๙๓</c> as <c>ว. ชีน</c>); cut out alone, the line reads right.
/// </summary>
/// <remarks>
/// Glyph pieces are 8-connected components. Most Thai letters are one piece as high as the line's body, so the 60th
/// percentile of the heights of the pieces centred in the line's box (marks are many and small, tall letters few) is the
/// body height, and the median top and bottom of the pieces of about that height are the body's band. A piece is the
/// line's own when it touches the band, or stands above it low enough to be its marks (stacked tone marks end within ¾
/// of a body height above it), or below it high enough to be its below-vowels (they start at the baseline); the
/// neighbours' pieces lie further out.
/// </remarks>
internal static class LineInk
{
    /// <summary>A piece above the body is the line's own when its bottom is within this many body heights of the body.</summary>
    internal const double MaxMarkGap = 0.75;

    /// <summary>A piece below the body is the line's own when its top is within this many body heights of the body.</summary>
    internal const double MaxBelowVowelGap = 0.4;

    /// <summary>
    /// Clears from <paramref name="ink"/> (one byte per pixel, row-major, non-zero: ink) the pieces that do not belong to
    /// the line whose box spans rows <paramref name="boxTop"/> to <paramref name="boxBottom"/> (exclusive) of the crop.
    /// Returns false, changing nothing, when the box holds too few pieces to tell the line's body.
    /// </summary>
    public static bool KeepLine(Span<byte> ink, int width, int height, int boxTop, int boxBottom)
    {
        if (width <= 0 || height <= 0 || ink.Length < width * height) throw new ArgumentException("the ink buffer is smaller than width × height", nameof(ink));
        var label = new int[width * height];
        var pieces = Label(ink, width, height, label);
        if (Body(pieces, boxTop, boxBottom) is not var (bodyTop, bodyBottom)) return false;

        var body = bodyBottom - bodyTop;
        var lowestMarkEnd = bodyTop - (MaxMarkGap * body);
        var highestBelowStart = bodyBottom + (MaxBelowVowelGap * body);
        var keep = new bool[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
        {
            var (top, bottom) = pieces[i];
            var touchesBody = bottom >= bodyTop && top < bodyBottom;
            var isOwnMark = bottom < bodyTop && bottom >= lowestMarkEnd;
            var isOwnBelow = top >= bodyBottom && top <= highestBelowStart;
            keep[i + 1] = touchesBody || isOwnMark || isOwnBelow;
        }

        for (var p = 0; p < label.Length; p++)
        {
            if (label[p] != 0 && !keep[label[p]]) ink[p] = 0;
        }

        return true;
    }

    /// <summary>Labels the 8-connected pieces of <paramref name="ink"/> 1, 2, … in <paramref name="label"/>; returns each one's top and bottom row (inclusive).</summary>
    private static List<(int Top, int Bottom)> Label(ReadOnlySpan<byte> ink, int width, int height, int[] label)
    {
        var pieces = new List<(int, int)>();
        var stack = new Stack<int>();
        for (var start = 0; start < width * height; start++)
        {
            if (ink[start] == 0 || label[start] != 0) continue;
            var id = pieces.Count + 1;
            int top = int.MaxValue, bottom = -1;
            label[start] = id;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                int x = p % width, y = p / width;
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
                for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
                {
                    for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                    {
                        var q = (ny * width) + nx;
                        if (ink[q] == 0 || label[q] != 0) continue;
                        label[q] = id;
                        stack.Push(q);
                    }
                }
            }

            pieces.Add((top, bottom));
        }

        return pieces;
    }

    /// <summary>The line body's rows [top, bottom) from the pieces centred in the box, or null when there are fewer than three.</summary>
    internal static (int Top, int Bottom)? Body(IReadOnlyList<(int Top, int Bottom)> pieces, int boxTop, int boxBottom)
    {
        var inBox = pieces.Where(p => (p.Top + p.Bottom) / 2 >= boxTop && (p.Top + p.Bottom) / 2 < boxBottom).ToList();
        if (inBox.Count < 3) return null;
        // Marks are many and small, tall letters few: the 60th percentile is a body letter's height.
        var height = Percentile(inBox.Select(p => p.Bottom + 1 - p.Top), 0.6);
        var bodies = inBox.Where(p => p.Bottom + 1 - p.Top >= height * 0.8 && p.Bottom + 1 - p.Top <= height * 1.25).ToList();
        return (Percentile(bodies.Select(p => p.Top), 0.5), Percentile(bodies.Select(p => p.Bottom), 0.5) + 1);
    }

    private static int Percentile(IEnumerable<int> values, double share)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)(share * (sorted.Length - 1))];
    }
}
