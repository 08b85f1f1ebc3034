namespace ThaiGovDocs.Parsing;

/// <summary>Maps a heading word to the kind of document it opens.</summary>
internal static class HeadingKinds
{
    public static DocumentKind? KindOf(ReadOnlySpan<char> heading) => heading switch
    {
        "บันทึกข้อความ" => DocumentKind.Memo,
        "ประกาศ" => DocumentKind.Announcement,
        "คำสั่ง" => DocumentKind.Order,
        "ระเบียบ" => DocumentKind.Regulation,
        "ข้อบังคับ" => DocumentKind.Bylaw,
        "แถลงการณ์" => DocumentKind.Statement,
        "ข่าว" => DocumentKind.News,
        "หนังสือรับรอง" => DocumentKind.Certificate,
        "รายงานการประชุม" => DocumentKind.Minutes,
        _ => null,
    };
}
