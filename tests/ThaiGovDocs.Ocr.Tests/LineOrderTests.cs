using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public class LineOrderTests
{
    private static RawLine Line(string text, int left, int top, int width, int height) =>
        new(text, left, top, left + width, top + height, 0.92f, false);

    // Held-out Norasi page 1 at 300 dpi, in the order Tesseract's blocks gave: the number line came after the date below it.
    [Fact]
    public void TopDown_BlockFiledAfterTheLinesBelowIt_MovesItUp()
    {
        var unit = Line("ศูนย์ไซเบอร์ทหาร", 62, 297, 447, 93);
        var date = Line("4 สิงหาคม - 13 ตุลาคม 2566", 61, 431, 780, 75);
        var number = Line("ที่ นน ๙๑๘๔.๓.๒.๕/๗๙๔๒", 61, 179, 749, 79);
        var reference = Line("อ้างถึง หนังสือที่ว่าการอำเภอเมืองสมุทรสงคราม", 63, 524, 1935, 97);

        LineOrder.TopDown([unit, date, number, reference]).Should().Equal(number, unit, date, reference);
    }

    // A memo header: the number at the left and the date at the right of one row, then the subject.
    [Fact]
    public void TopDown_LinesSideBySide_KeepTesseractsOrder()
    {
        var date = Line("วันที่ ๑๗ มกราคม ๒๕๖๘", 1300, 400, 700, 80);
        var number = Line("ที่ กห ๐๔๐๑/๑๒๓", 150, 405, 600, 80);
        var subject = Line("เรื่อง ขออนุมัติ", 150, 520, 900, 80);
        var lines = new List<RawLine> { date, number, subject };

        LineOrder.TopDown(lines).Should().BeSameAs(lines);
    }

    [Fact]
    public void TopDown_RightColumnBeforeLeftColumn_StaysSo()
    {
        var right = new List<RawLine> { Line("รับที่ ๑๒๓", 1500, 100, 400, 60), Line("วันที่ ๒ ม.ค. ๖๘", 1500, 170, 400, 60) };
        var left = new List<RawLine> { Line("บันทึกข้อความ", 100, 80, 800, 90), Line("ส่วนราชการ กองคลัง", 100, 200, 900, 70) };

        LineOrder.TopDown([.. right, .. left]).Should().Equal([.. right, .. left]);
    }

    [Fact]
    public void TopDown_MarksSplitAboveALine_StayBeforeIt()
    {
        var marks = Line("wy cg y", 758, 259, 152, 17);
        var title = Line("บนทกขอความ", 744, 279, 312, 33);
        var lines = new List<RawLine> { marks, title };

        LineOrder.TopDown(lines).Should().BeSameAs(lines);
        LineOrder.TopDown([title, marks]).Should().Equal(marks, title);
    }

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
