using ThaiGovDocs.Ocr.Recognition;

namespace ThaiGovDocs.Ocr.Tests;

public class LineRepairTests
{
    private static RawLine Line(string text, int top, int height, int left = 200, int width = 1000, float confidence = 0.93f) =>
        new(text, left, top, left + width, top + height, confidence, false);

    /// <summary>A rendered order's page top: the heading's marks read as figures, <paramref name="heading"/>, the number, body lines.</summary>
    private static List<RawLine> OrderHeadingWithMarksReadAsFigures(RawLine heading)
    {
        var lines = new List<RawLine> { Line("๐  ๑ ๑/     ๔7 ส่  ๔ว      ๕7   1   1", 146, 48, 172, 1336, 0.52f), heading, Line("ที่ 245/2568", 254, 90, 151, 318, 0.84f) };
        lines.AddRange(Enumerable.Range(0, 5).Select(i => Line("เพื่อให้การดำเนินการสอบเป็นไปด้วยความเรียบร้อย " + i, 354 + (i * 100), 90)));
        return lines;
    }

    /// <summary>Body lines of a page with wide leading, 75 px high every 110 px.</summary>
    private static List<RawLine> WideLeading(int from, int count) =>
        Enumerable.Range(0, count).Select(i => Line("บรรทัดที่ " + i, from + (i * 110), 75)).ToList();

    private static List<RawLine> Body(int from, int count) =>
        Enumerable.Range(0, count).Select(i => Line("บรรทัดที่ " + i, from + (i * 60), 40)).ToList();

    [Fact]
    public void Find_MarksSplitAboveTitle_ReadsThemWithTheTitleAsOneLine()
    {
        var lines = new List<RawLine> { Line("wy cg y", 259, 17, 758, 152, 0.42f), Line("บนทกขอความ", 279, 33, 744, 312) };
        lines.AddRange(Body(400, 5));

        var regions = LineRepair.Find(lines);

        regions.Should().ContainSingle();
        regions[0].Replaced.Should().Equal(0, 1);
        regions[0].PageSegmentationMode.Should().Be(LineRepair.SingleLine);
        (regions[0].Top, regions[0].Bottom, regions[0].Left, regions[0].Right).Should().Be((259, 312, 744, 1056));
    }

    // letter-memo-degraded: the title's marks read as a line of junk with digits; the title below, without its marks, is
    // barely half a body line high but reads as confident Thai: it is the line the marks belong to, not a mark line itself.
    [Fact]
    public void Find_MarksAboveShortConfidentTitle_ReadsThemWithTheTitle()
    {
        var lines = new List<RawLine> { Line("เ๘ว วัวิ5 ๔๗ ๘5:-.", 180, 14, 179, 125, 0.21f), Line("บันทึกข้อความ", 197, 28, 166, 259, 0.91f) };
        lines.AddRange(Enumerable.Range(0, 6).Select(i => Line("ส่วนราชการ กองบริหารทรัพยากรบุคคล " + i, 281 + (i * 100), 60)));

        LineRepair.Find(lines).Should().ContainSingle().Which.Replaced.Should().Equal(0, 1);
    }

    [Fact]
    public void Find_GarbledMarkLineOverlappingTheNext_IsFound()
    {
        var lines = Body(100, 3);
        lines.Add(Line("a    เ      a   ไง  a  ะ ad", 379, 27, 351, 801, 0.72f));
        lines.Add(Line("เรื่อง ขอเชิญเข้าร่วมการประชุม", 384, 48));
        lines.AddRange(Body(500, 3));

        var regions = LineRepair.Find(lines);

        regions.Should().ContainSingle().Which.Replaced.Should().Equal(3, 4);
    }

    // memo-000 read by stock tha+eng once the blue serial and day are gone: the number line reads as Latin junk with
    // digits, low and unsure like a mark line; joined with the subject line below, the re-read kept only the subject.
    [Fact]
    public void Find_NumberLineReadAsLatinJunk_IsNotAMarkLineOfTheLineBelow()
    {
        var lines = new List<RawLine>
        {
            Line("ส่วนราชการ . กก.ศซูบ,ทหารุ (แผนกธุรการกําลังพลฯ.โทร.ทหาร ๕๓๒๑๓๕๓)", 283, 41, 256, 876, 0.92f),
            Line("a                               wa", 335, 18, 258, 674, 0.71f),
            Line("ท กห omo@,@0.o/                           วนท               W.A, ‘oot", 350, 26, 255, 984, 0.79f),
            Line("เรื่อง ขอความเห็นชอบแต่งตั้ง. ลขท,รอง", 395, 39, 256, 462, 0.91f),
            Line("เสนอ กวก.ศซขบ.ทหาร", 504, 20, 257, 259, 0.88f),
        };
        lines.AddRange(Body(585, 10).Select(l => l with { Bottom = l.Top + 32 }));

        var regions = LineRepair.Find(lines);

        regions.Should().NotContain(r => r.Replaced.Contains(3), "the subject line is a line of its own");
    }

    // An order's heading in tight leading (rendered test letter): tha_gov read its upper marks as a line of scattered figures
    // sitting on the heading's top half; before, the figures made it look like a number line.
    [Fact]
    public void Find_MarksReadAsFiguresOnTheLineBelow_ReadsThemWithIt()
    {
        var lines = OrderHeadingWithMarksReadAsFigures(Line("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", 163, 76, 153, 1519, 0.90f));

        LineRepair.Find(lines).Should().ContainSingle().Which.Replaced.Should().Equal(0, 1);
    }

    [Fact]
    public void Find_OrdinaryLines_FindsNothing()
    {
        LineRepair.Find(Body(100, 8)).Should().BeEmpty();
    }

    [Fact]
    public void Find_ShortConfidentThaiLine_IsNotAMarkLine()
    {
        var lines = Body(100, 4);
        lines.Add(Line("เสนอ กวก.ศซบ.ทหาร", 345, 30, 255, 261, 0.94f));
        lines.AddRange(Body(380, 4));

        LineRepair.Find(lines).Should().BeEmpty();
    }

    [Fact]
    public void Apply_RepairedTitle_ReplacesMarkLineAndTitle()
    {
        var lines = new List<RawLine> { Line("wy cg y", 259, 17, 758, 152, 0.42f), Line("บนทกขอความ", 279, 33, 744, 312) };
        lines.AddRange(Body(400, 3));
        var region = LineRepair.Find(lines)[0];

        var result = LineRepair.Apply(lines, [(region, [Line("บันทึกข้อความ", 259, 53, 744, 312)])]);

        result.Select(l => l.Text).Should().Equal("บันทึกข้อความ", "บรรทัดที่ 0", "บรรทัดที่ 1", "บรรทัดที่ 2");
    }

    [Fact]
    public void Apply_EmptyReading_KeepsTheLines()
    {
        var lines = new List<RawLine> { Line("wy cg y", 259, 17, 758, 152, 0.42f), Line("บนทกขอความ", 279, 33, 744, 312) };
        lines.AddRange(Body(400, 3));
        var region = LineRepair.Find(lines)[0];

        LineRepair.Apply(lines, [(region, [])]).Should().Equal(lines);
    }

    /// <summary>A mark line over <paramref name="body"/>, above three body lines: the region of the two.</summary>
    private static (LineRepair.Region Region, List<RawLine> Lines) MarksOver(RawLine body)
    {
        var lines = new List<RawLine> { Line("ส่.๖", body.Top - 7, 15, body.Left + 100, 50, 0.42f), body };
        lines.AddRange(Body(body.Bottom + 100, 3));
        return (LineRepair.Find(lines).Should().ContainSingle().Subject, lines);
    }

    // memo-000: the marks over these lines were read with the lines already; read again, ที่ lost its ท, เรียบร้อย became รี่ยบร้อย.
    [Theory]
    [InlineData("จึงเสนอมาเพื่อพิจารณา", 0.93f)]
    [InlineData("เป็นที่เรียบร้อย รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ และ ๒", 0.91f)]
    [InlineData("ที่ กห ๐๓๐๑.๑๐.๑/                  วันที่          พ.ค ๖๗", 0.91f)]
    public void BodyKeptItsMarks_SureLineWithItsMarks_True(string text, float confidence)
    {
        var (region, lines) = MarksOver(Line(text, 1083, 29, 458, 600, confidence));

        LineRepair.BodyKeptItsMarks(region, lines).Should().BeTrue();
        LineRepair.BodyLines(region, lines).Should().Equal(lines[1]);
    }

    [Theory]
    [InlineData("บนทกขอความ", 0.92f)] // a title read without any of its marks, and sure of it
    [InlineData("จึงเสนอมาเพอกรุณมาพจารณา", 0.93f)] // most marks lost (one per 16 consonants)
    [InlineData("จึงเสนอมาเพื่อพิจารณา", 0.85f)] // its marks read, but unsure
    [InlineData("๑๒๓ ABC", 0.95f)] // no Thai letters to tell
    public void BodyKeptItsMarks_LostMarksOrUnsure_False(string text, float confidence)
    {
        var (region, lines) = MarksOver(Line(text, 1083, 29, 458, 600, confidence));

        LineRepair.BodyKeptItsMarks(region, lines).Should().BeFalse();
    }

    [Fact]
    public void Apply_BodyLinesAsTheReading_DropsTheMarksAndKeepsTheParagraphStart()
    {
        var (region, lines) = MarksOver(Line("จึงเสนอมาเพื่อพิจารณา", 1083, 29, 458, 600, 0.93f));
        lines[0] = lines[0] with { StartsParagraph = true };

        var result = LineRepair.Apply(lines, [(region, LineRepair.BodyWithItsMarks(region, lines))]);

        result.Should().Equal([lines[1] with { Top = lines[0].Top, StartsParagraph = true }, .. lines.Skip(2)]);
    }

    // The letter pass reads a line in its box: the tops of the marks (ำ's ring) belong in it, as in a reading of the region.
    [Fact]
    public void BodyWithItsMarks_MarksAbove_BoxGrownUpOverThem()
    {
        var (region, lines) = MarksOver(Line("เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทุกเขต", 1083, 29, 458, 600, 0.93f));

        LineRepair.BodyWithItsMarks(region, lines).Should().Equal(lines[1] with { Top = 1076 });
    }

    [Fact]
    public void BodyWithItsMarks_MarksOverAnotherPieceOfTheRow_BoxLeftAsItIs()
    {
        var lines = new List<RawLine>
        {
            Line("ส่.๖", 1076, 15, 300, 50, 0.42f),
            Line("จึงเสนอ", 1083, 29, 250, 200, 0.93f),
            Line("มาเพื่อพิจารณา", 1083, 29, 600, 300, 0.93f),
        };
        lines.AddRange(Body(1212, 3));
        var region = new LineRepair.Region(250, 1076, 900, 1112, LineRepair.SingleLine, [0, 1, 2]) { Marks = [0] };

        LineRepair.BodyWithItsMarks(region, lines).Should().Equal(lines[1] with { Top = 1076 }, lines[2]);
    }

    [Fact]
    public void FindMissed_InkBandNoLineCovers_IsReadAndInsertedInOrder()
    {
        var lines = Body(100, 3); // rows 100..140, 160..200, 220..260
        lines.AddRange(Body(340, 2)); // rows 340..380, 400..440
        var ink = new int[600];
        foreach (var l in lines) for (var y = l.Top; y < l.Bottom; y++) ink[y] = 200;
        for (var y = 282; y < 318; y++) ink[y] = 150; // a line Tesseract did not find

        var missed = LineRepair.FindMissed(lines, ink);
        var result = LineRepair.Apply(lines, [(missed.Single(), [Line("ส่วนราชการ กธก.ศซบ.ทหาร", 282, 36)])]);

        (missed[0].Top, missed[0].Bottom).Should().Be((282, 318));
        missed[0].Replaced.Should().BeEmpty();
        result.Select(l => l.Text).Should().Equal("บรรทัดที่ 0", "บรรทัดที่ 1", "บรรทัดที่ 2", "ส่วนราชการ กธก.ศซบ.ทหาร", "บรรทัดที่ 0", "บรรทัดที่ 1");
    }

    [Fact]
    public void FindMissed_SpeckOrTallPicture_IsIgnored()
    {
        var lines = Body(100, 3);
        var ink = new int[1000];
        foreach (var l in lines) for (var y = l.Top; y < l.Bottom; y++) ink[y] = 200;
        for (var y = 300; y < 305; y++) ink[y] = 50;   // a speck row, too low for a line
        for (var y = 400; y < 600; y++) ink[y] = 300;  // an emblem or signature, far taller than a line

        LineRepair.FindMissed(lines, ink).Should().BeEmpty();
    }

    // A letter rendered in Sarabun at 300 dpi: the one-word lines ลับ and ที่ above the number were not found; each is a
    // band of marks (rows 69-80) and, 7 px below, a band of letters (87-118), on a page of 70-px lines.
    [Fact]
    public void FindMissed_WordWithMarksAboveAGap_IsOneBand()
    {
        var lines = WideLeading(290, 4);
        var ink = new int[800];
        foreach (var l in lines) for (var y = l.Top; y < l.Bottom; y++) ink[y] = 200;
        for (var y = 69; y < 80; y++) ink[y] = 12;
        for (var y = 87; y < 118; y++) ink[y] = 40;

        LineRepair.FindMissed(lines, ink).Should().ContainSingle().Which.Should().Match<LineRepair.Region>(r => r.Top == 69 && r.Bottom == 118);
    }

    [Theory]
    [InlineData("ที่")]
    [InlineData("ลับ")]
    [InlineData("ส่วนราชการ กธก.ศซบ.ทหาร")]
    public void KeepConfident_ConfidentThaiWord_IsKept(string text) =>
        LineRepair.KeepConfident([Line(text, 0, 30)]).Should().ContainSingle();

    [Theory]
    [InlineData(",ู  ่")]
    [InlineData("aw ct YY")]
    public void KeepConfident_MarksOrLatinJunk_AreDropped(string text) =>
        LineRepair.KeepConfident([Line(text, 0, 30, confidence: 0.9f)]).Should().BeEmpty();

    [Fact]
    public void KeepConfident_JunkAndLowConfidence_AreDropped()
    {
        var read = new[] { Line("ส่วนราชการ กธก.ศซบ.ทหาร", 0, 30), Line("aw ct YY", 0, 30, confidence: 0.9f), Line("ส่วนราชการ", 0, 30, confidence: 0.5f) };

        LineRepair.KeepConfident(read).Select(l => l.Text).Should().Equal("ส่วนราชการ กธก.ศซบ.ทหาร");
    }

    [Fact]
    public void DropStrayMarks_UnjoinedMarkLine_IsDropped()
    {
        var lines = Body(100, 4);
        lines.Insert(2, Line("toy                    ง", 205, 15, 268, 1101, 0.27f));

        var result = LineRepair.DropStrayMarks(lines);

        result.Select(l => l.Text).Should().Equal("บรรทัดที่ 0", "บรรทัดที่ 1", "บรรทัดที่ 2", "บรรทัดที่ 3");
    }

    [Fact]
    public void DropStrayMarks_MarksReadAsFiguresOnARepairedLine_AreDropped()
    {
        var lines = OrderHeadingWithMarksReadAsFigures(Line("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", 148, 93, 153, 1519, 0.91f));

        LineRepair.DropStrayMarks(lines).Should().HaveCount(lines.Count - 1).And.NotContain(lines[0]);
    }

    // A rendered order's signature block: the ผู้ of ผู้อำนวยการ cut off the line as three "lines" of its own.
    [Fact]
    public void AttachLineStarts_GlyphCutOffTheLineStart_GoesBackIntoTheLine()
    {
        var lines = Body(100, 4);
        lines.Add(Line("อำนวยการสำนักงานเขตพื้นที่การศึกษา", 1394, 95, 384, 1620));
        lines.Add(Line("๐", 1420, 14, 367, 14, 0.73f));
        lines.Add(Line("ี้", 1416, 62, 313, 35, 0.74f));
        lines.Add(Line("ฃบ", 1482, 19, 321, 20, 0.5f));

        var attached = LineRepair.AttachLineStarts(lines);

        attached.Should().HaveCount(5);
        (attached[4].Left, attached[4].Top, attached[4].Right, attached[4].Bottom).Should().Be((313, 1394, 2004, 1501));
        attached[4].Text.Should().Be("อำนวยการสำนักงานเขตพื้นที่การศึกษา");
    }

    // The letter pass reads the grown box for the start tha_gov's line never had: its word confidences cannot vouch for it.
    [Fact]
    public void AttachLineStarts_GlyphCutOffTheLineStart_ForgetsTheLinesWordConfidence()
    {
        var lines = Body(100, 4);
        lines.Add(Line("อำนวยการสำนักงานเขตพื้นที่การศึกษา", 1394, 95, 384, 1620) with { LeastWordConfidence = 0.9f });
        lines.Add(Line("ี้", 1416, 62, 313, 35, 0.74f));

        var attached = LineRepair.AttachLineStarts(lines);

        attached[^1].Left.Should().Be(313);
        attached[^1].LeastWordConfidence.Should().BeNull();
    }

    [Fact]
    public void AttachLineStarts_ColumnsAndIndentedLines_AreLeftAlone()
    {
        var lines = Body(100, 4);
        lines.Add(Line("๑.", 400, 40, 200, 40)); // an item number a tab before its text
        lines.Add(Line("ระเบียบวาระการประชุม", 400, 40, 300, 600));
        lines.Add(Line("ที่ นม ๐๐๑๗.๒/ว ๑๒๓๔", 500, 40, 200, 400)); // two columns of one row
        lines.Add(Line("ศาลากลางจังหวัด", 500, 40, 1300, 400));

        LineRepair.AttachLineStarts(lines).Should().Equal(lines);
    }

    // A rendered police letter in Sarabun: its e-mail line, a little lower than Thai lines and read at 0.77, was dropped as marks.
    [Theory]
    [InlineData("E-mail : eegal@police.go.th")]
    [InlineData("www.dla.go.th")]
    [InlineData("Smart City Thailand")]
    public void DropStrayMarks_LatinTextLine_IsKept(string text)
    {
        var lines = Body(100, 4);
        lines.Add(Line(text, 400, 32, 64, 616, 0.77f));

        LineRepair.DropStrayMarks(lines).Should().HaveCount(5);
    }

    [Fact]
    public void DropStrayMarks_ShortThaiLine_IsKept()
    {
        var lines = Body(100, 4);
        lines.Add(Line("๒", 400, 18, 900, 20, 0.6f));

        LineRepair.DropStrayMarks(lines).Should().HaveCount(5);
    }

    // An external letter in Sarabun scanned at 200 dpi: two mark lines over a reference line, and the wrapped end of the
    // reference (๒๕๖๗) within the gap below. The marks were read with both lines as one: the reference again, ๒๕๖๗ lost.
    [Fact]
    public void Find_TwoMarkLinesOverALine_ReadsThemWithThatLineOnly()
    {
        var lines = new List<RawLine>
        {
            Line("เรียน นายอำเภอทุกอำเภอ", 433, 48, 55, 1104),
            Line("ี่       ที่", 508, 28, 676, 79, 0.71f),
            Line("ส่ง      ส่ง", 520, 28, 659, 96, 0.40f),
            Line("อ้างถึง ๑. หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๐.๓/ว ๕๖๗๘ ลงวันที่ ๒๐ ธันวาคม", 527, 48, 54, 1340),
            Line("๒๕๖๗", 571, 57, 53, 960, 0.62f),
            Line("๒. หนังสือจังหวัดนครราชสีมา ที่ นม ๐๐๑๗.๒/ว ๙๘๗", 623, 36, 132, 1183),
            Line("สิ่งที่ส่งมาด้วย ๑. ระเบียบวาระการประชุม", 718, 47, 54, 1041),
        };

        var region = LineRepair.Find(lines).Should().ContainSingle().Subject;

        region.Replaced.Should().BeEquivalentTo([1, 2, 3]);
        region.Bottom.Should().Be(575);
        LineRepair.BodyLines(region, lines).Should().Equal(lines[3]);
    }

    // Held-out Norasi page 1 (wide leading): the tops of ศูนย์ไซเบอร์ทหาร and a few marks of อ้างถึง read as lines of their own.
    [Theory]
    [InlineData("ค.           ๔", 150, 301, 216, 39, 0.38f, 62, 297, 447, 93)]
    [InlineData("๑จ", 159, 542, 28, 19, 0.03f, 63, 524, 1935, 97)]
    public void DropStrayMarks_UnsureFragmentInsideALine_IsDropped(string text, int left, int top, int width, int height, float confidence, int lineLeft, int lineTop, int lineWidth, int lineHeight)
    {
        var line = Line("ศูนย์ไซเบอร์ทหาร", lineTop, lineHeight, lineLeft, lineWidth);
        var lines = new List<RawLine> { Line(text, top, height, left, width, confidence), line };
        lines.AddRange(Body(700, 4));

        LineRepair.DropStrayMarks(lines).Should().NotContain(l => l.Text == text).And.Contain(line);
    }

    [Fact]
    public void DropStrayMarks_ConfidentWordsInsideATallLine_AreKept()
    {
        var lines = new List<RawLine> { Line("ด่วนที่สุด", 310, 40, 150, 200, 0.91f), Line("ศูนย์ไซเบอร์ทหาร", 297, 93, 62, 1447) };
        lines.AddRange(Body(700, 4));

        LineRepair.DropStrayMarks(lines).Should().HaveCount(6);
    }

    // Held-out Norasi page 0: the marks of a long อ้างถึง line, read as scattered figures, touch the line's top by 10 px only.
    [Fact]
    public void Find_ScatteredMarksTouchingTheLineBelow_AreReadWithIt()
    {
        var lines = WideLeading(80, 3);
        lines.Add(Line("/  ๑   ๑/ อ  ร  .๔/    ๑/   ๔    ๖๔๖ .๔/    ๙         ส", 409, 43, 73, 1628, 0.52f));
        lines.Add(Line("อ้างถึง หนังสือสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ที่ มส ๒๖๐๒/", 442, 64, 63, 1976, 0.91f));
        lines.AddRange(WideLeading(600, 3));

        LineRepair.Find(lines).Should().ContainSingle().Which.Replaced.Should().Equal(3, 4);
    }

    // The same geometry with a number line read as junk, compact: it is a line of its own.
    [Fact]
    public void Find_CompactFiguresTouchingTheLineBelow_AreLeftAlone()
    {
        var lines = WideLeading(80, 3);
        lines.Add(Line("๑๑๙ ๘๕๗ ๗ ๕๗๖ ๕ส๘๘๕ ๓๑๔๒๘๒ ๓๑ ๘๔๑", 409, 43, 73, 1212, 0.62f));
        lines.Add(Line("อ้างถึง หนังสือสำนักงานพัฒนารัฐบาลดิจิทัล", 442, 64, 63, 1976, 0.91f));
        lines.AddRange(WideLeading(600, 3));

        LineRepair.Find(lines).Should().BeEmpty();
    }
}
