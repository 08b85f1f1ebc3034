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
}
