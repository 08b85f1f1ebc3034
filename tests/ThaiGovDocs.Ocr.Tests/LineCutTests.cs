using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public class LineCutTests
{
    private static RawLine Line(string text, int left, int top, int width, int height) =>
        new(text, left, top, left + width, top + height, 0.92f, false);

    // Held-out Sarabun page 0 (tight leading): เรียน's box reaches into อ้างถึง's; the next line's box starts where this one ends.
    [Fact]
    public void TookInNeighbours_TallBoxOverlappingTheNextLine_IsTrue()
    {
        var rian = Line("รื่ยน นายอำเภอเมืองพะเยา", 65, 240, 730, 114);
        var date = Line("วันที่ ๒๐ เดือนมีนาคม พ.ศ. ๒๔๘๒", 61, 156, 910, 65);
        var reference = Line("อ้างถึง หนังสือสำนักงานพัฒนารัฐบาลดิจิทัล", 62, 331, 1997, 69);
        var lines = new List<RawLine> { date, rian, reference };

        LineCut.TookInNeighbours(rian, 67, lines).Should().BeTrue();
        LineCut.TookInNeighbours(reference, 67, lines).Should().BeFalse("it is of median height");
    }

    // memo-005: the number and date line is tall (a large handwritten day was there) but overlaps no other line.
    [Fact]
    public void TookInNeighbours_TallLineStandingApart_IsFalse()
    {
        var lines = new List<RawLine> { Line("ส่วนราชการ กพ.ทหาร", 230, 253, 948, 34), Line("ที่ กห ๐๓๐๒/ วันที่ ม.ค. ๖๗", 230, 292, 937, 50), Line("เรื่อง ขอให้สายวิทยาการ", 231, 346, 1193, 44) };

        LineCut.TookInNeighbours(lines[1], 38, lines).Should().BeFalse();
    }
}
