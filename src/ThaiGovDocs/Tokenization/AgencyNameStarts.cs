using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tokenization;

/// <summary>The words an agency's name starts with, for a heading printed glued to the agency it names.</summary>
internal static class AgencyNameStarts
{
    private static readonly ThaiWordStarts Words = new(
    [
        "กรม", "กระทรวง", "สำนัก", "กอง", "ศูนย์", "สถาบัน", "มหาวิทยาลัย", "จังหวัด", "อำเภอ", "องค์การ", "เทศบาล",
        "ทำเนียบ", "รัฐบาล", "คณะ", "สภา", "ธนาคาร", "ตำรวจ", "กรุงเทพมหานคร",
    ]);

    /// <summary>Whether <paramref name="text"/> starts with an agency word (<c>กรมประชาสัมพันธ์</c>, <c>สำนักงาน…</c>).</summary>
    public static bool IsStartOf(ReadOnlySpan<char> text) => Words.IsStartOf(text);
}
