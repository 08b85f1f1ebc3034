using ThaiGovDocs.Text;

namespace ThaiGovDocs.Parsing;

/// <summary>Maps a heading word to the kind of document it opens, whatever marks OCR lost from it.</summary>
internal static class HeadingKinds
{
    private static readonly (string Skeleton, DocumentKind Kind)[] Headings =
    [
        (Skeleton("บันทึกข้อความ"), DocumentKind.Memo),
        (Skeleton("ประกาศ"), DocumentKind.Announcement),
        (Skeleton("คำสั่ง"), DocumentKind.Order),
        (Skeleton("ระเบียบ"), DocumentKind.Regulation),
        (Skeleton("ข้อบังคับ"), DocumentKind.Bylaw),
        (Skeleton("แถลงการณ์"), DocumentKind.Statement),
        (Skeleton("ข่าว"), DocumentKind.News),
        (Skeleton("หนังสือรับรอง"), DocumentKind.Certificate),
        (Skeleton("รายงานการประชุม"), DocumentKind.Minutes),
    ];

    private static readonly string MemoTail = Skeleton("ทึกข้อความ");

    public static DocumentKind? KindOf(ReadOnlySpan<char> heading)
    {
        Span<char> buffer = stackalloc char[Math.Min(heading.Length, 64)];
        var skeleton = Skeleton(heading, buffer);
        foreach (var (known, kind) in Headings)
        {
            if (skeleton.SequenceEqual(known))
            {
                return kind;
            }
        }

        // OCR misreads the first letters of the memo heading ("ญขันทึกข้อความ"); its tail is distinctive enough.
        return skeleton.EndsWith(MemoTail) ? DocumentKind.Memo : null;
    }

    private static string Skeleton(string word) => Skeleton(word, new char[word.Length]).ToString();

    /// <summary>The word without its upper and lower marks: what survives the OCR of a heading.</summary>
    private static ReadOnlySpan<char> Skeleton(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (n == buffer.Length)
            {
                break;
            }

            if (!ThaiChars.IsCombiningMark(c))
            {
                buffer[n++] = c == ThaiChars.SaraAm ? ThaiChars.SaraAa : c;
            }
        }

        return buffer[..n];
    }
}
