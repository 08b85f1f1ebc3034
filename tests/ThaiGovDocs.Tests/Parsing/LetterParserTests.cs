using System.Globalization;
using ThaiGovDocs.Json;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class LetterParserTests
{
    [Fact]
    public void Parse_CorpusUnderThaiCulture_GivesTheSameJsonAsUnderInvariantCulture()
    {
        var texts = Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "memos"), "*.transcript.txt"))
            .Append(Path.Combine(RepoPaths.TestData, "sample-letter.txt"))
            .Select(File.ReadAllText)
            .ToList();

        var invariant = WithCulture(CultureInfo.InvariantCulture, () => texts.Select(Render).ToList());
        var thai = WithCulture(new CultureInfo("th-TH"), () => texts.Select(Render).ToList());

        thai.Should().Equal(invariant);
        invariant.Should().Contain(json => json.Contains("\"date\": \"2024-06-21\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TextTheRepairsChange_ResultTextIsTheRepairedTextTheSpansIndex()
    {
        const string text = "ที่ กห ๐๓๐๑/๑๒\r\nเรื่อง ขอให้ดํา เนินการ\r\nเรียน ผู้อํานวยการ\r\n";

        var result = LetterParser.Parse(text);

        result.Text.Text.Should().Be(ThaiGovDocs.Text.ThaiTextRepair.Repair(text).Text).And.NotContain("\r");
        result.Text.Text.Should().BeSameAs(result.Text.Text);
        var subject = result.Documents[0].Subject!.Value;
        result.Text.Text.Substring(subject.Span.Start, subject.Span.Length).Should().Be(subject.Value);
    }

    [Fact]
    public void Parse_EachTextAfterAllTheOthersOnOneThread_GivesWhatItGivesOnAThreadOfItsOwn()
    {
        // The parser keeps its scratch lists between parses on a thread: nothing of one text may reach the next.
        var texts = Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.TestData, "letters"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();

        var afterOthers = texts.Concat(texts).Select(Render).ToList();

        for (int k = 0; k < texts.Count; k++)
        {
            string alone = "";
            var thread = new Thread(() => alone = Render(texts[k]));
            thread.Start();
            thread.Join();
            afterOthers[k].Should().Be(alone);
            afterOthers[texts.Count + k].Should().Be(alone);
        }
    }

    // Lines that follow each other in the text and lines the text separates (trailing spaces, CRLF, indent, a blank line).
    [Theory]
    [InlineData("ที่ กห ๐๓๐๑/๑๒\r\nเรื่อง ขอให้ดํา เนินการ\r\nเรียน ผู้อํานวยการ\r\n\r\n        ตามที่ท่านได้ขอให้ดํา เนินการ  \r\nเรื่องนี้แล้ว\r\n\r\n        จึงเรียนมาเพื่อโปรดทราบ\r\n\r\nขอแสดงความนับถือ\r\n")]
    [InlineData("ที่ กห ๐๓๐๑/๑๒\nเรื่อง ขอให้ดำเนินการ\nเรียน ผู้อำนวยการ\n\nตามที่ท่านได้ขอให้ดำ เนินการ\nเรื่องนี้แล้ว\n        จึงเรียนมาเพื่อโปรดทราบ\n\nขอแสดงความนับถือ\n")]
    public void Parse_Body_IsItsLinesJoinedWithNewlinesAndTheSameStringOnEveryRead(string text)
    {
        var document = LetterParser.Parse(text).Documents[0];

        var body = document.Body!.Value;
        body.Value.Should().Be("ตามที่ท่านได้ขอให้ดำ เนินการ\nเรื่องนี้แล้ว\nจึงเรียนมาเพื่อโปรดทราบ");
        document.Body!.Value.Value.Should().BeSameAs(body.Value);
        LetterParser.Parse(text).Text.Text[body.Span.Start..body.Span.End].Should().StartWith("ตามที่").And.EndWith("ทราบ");
    }

    [Fact]
    public void Parse_DocumentWithItsBodySetAgain_EqualsTheDocument()
    {
        var document = LetterParser.Parse("ที่ กห ๐๓๐๑/๑๒\nเรื่อง ขอให้ดำเนินการ\nเรียน ผู้อำนวยการ\n\nตามที่ท่านได้ขอให้ดำเนินการ\nเรื่องนี้แล้ว\n\nขอแสดงความนับถือ\n").Documents[0];

        var copy = document with { Body = document.Body };

        copy.Should().Be(document);
        copy.GetHashCode().Should().Be(document.GetHashCode());
        (document with { Body = document.Body!.Value with { Value = "อื่น" } }).Should().NotBe(document);
        (document with { Body = null }).Body.Should().BeNull();
    }

    [Theory]
    [InlineData("ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐", DocumentKind.Regulation, "กระทรวงการคลัง", "การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ")]
    [InlineData("ระเบียบกระทรวงมหาดไทย\nว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น\n(ฉบับที่ ๓)\nพ.ศ. ๒๕๖๑", DocumentKind.Regulation, "กระทรวงมหาดไทย", "การจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น")]
    [InlineData("ข้อบังคับสภาการพยาบาล\nว่าด้วยการขึ้นทะเบียนและออกใบอนุญาต\nเป็นผู้ประกอบวิชาชีพการพยาบาล พ.ศ. ๒๕๖๔", DocumentKind.Bylaw, "สภาการพยาบาล", "การขึ้นทะเบียนและออกใบอนุญาต เป็นผู้ประกอบวิชาชีพการพยาบาล")]
    [InlineData("ประกาศกระทรวงสาธารณสุข (ฉบับที่ ๔๔๘) พ.ศ. ๒๕๖๗\nเรื่อง วัตถุเจือปนอาหาร", DocumentKind.Announcement, "กระทรวงสาธารณสุข", "วัตถุเจือปนอาหาร")]
    public void Parse_RuleTitle_GivesAgencyAsIssuerAndMatterAsSubject(string text, DocumentKind kind, string issuer, string subject)
    {
        var document = LetterParser.Parse(text).Documents[0];

        document.Kind.Should().Be(kind);
        document.Issuer!.Value.Value.Should().Be(issuer);
        document.Subject!.Value.Value.Should().Be(subject);
    }

    [Fact]
    public void Parse_MinutesWithoutLabels_GivesCommitteeDateAndRecorder()
    {
        const string text = "รายงานการประชุมคณะกรรมการบริหารงานบุคคล\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑\nครั้งที่ ๓/๒๕๖๗\n"
            + "เมื่อวันพฤหัสบดีที่ ๑๘ เมษายน ๒๕๖๗\nณ ห้องประชุมราชพฤกษ์\nผู้มาประชุม\n๑. นายวิชัย ทองดี ประธานกรรมการ\n"
            + "เลิกประชุมเวลา ๑๒.๐๐ น.\n(นางสาวพิมพ์ชนก แสนสุข)\nผู้จดรายงานการประชุม";

        var document = LetterParser.Parse(text).Documents[0];

        document.Kind.Should().Be(DocumentKind.Minutes);
        document.Issuer!.Value.Value.Should().Be("คณะกรรมการบริหารงานบุคคล สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑");
        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2024, 4, 18));
        document.Signatory!.Name.Value.Should().Be("นางสาวพิมพ์ชนก แสนสุข");
        document.Signatory.Positions.Select(p => p.Value).Should().Equal("ผู้จดรายงานการประชุม");
    }

    [Fact]
    public void Parse_HeadingAgencyWrappedPastABlankLine_JoinsTheIssuer()
    {
        // OCR of a Laksaman page put a blank line between the heading's two rows.
        const string text = "รายงานการประชุมคณะกรรมการบริหารงานบุคคล\n\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑\n\nครั้งที่ ๓/๒๕๖๗\n"
            + "เมื่อวันพฤหัสบดีที่ ๑๘ เมษายน ๒๕๖๗\nผู้มาประชุม\n๑. นายวิชัย ทองดี ประธานกรรมการ";

        var document = LetterParser.Parse(text).Documents[0];

        document.Issuer!.Value.Value.Should().Be("คณะกรรมการบริหารงานบุคคล สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑");
    }

    // A rendered police letter in Laksaman: the cited letter's serial wrapped to the next line after its slash.
    [Theory]
    [InlineData("ตร ๐๐๑๕.๑/\n๘๙๐ ลงวันที่ ๑ มีนาคม ๒๕๖๗", "ตร ๐๐๑๕.๑/๘๙๐", 890, false)]
    [InlineData("ตร ๐๐๑๕.๑/ว\n๘๙๐ ลงวันที่ ๑ มีนาคม ๒๕๖๗", "ตร ๐๐๑๕.๑/ว ๘๙๐", 890, true)]
    public void Parse_ReferenceNumberWrappedAfterItsSlash_ReadsTheSerialFromTheNextLine(string cited, string raw, int serial, bool circular)
    {
        var text = "ที่ ตร ๐๐๑๑.๒๓/ว ๑๒\nเรื่อง ขอเชิญประชุม\nเรียน ผู้บัญชาการตำรวจแห่งชาติ\nอ้างถึง หนังสือกองบัญชาการตำรวจนครบาล ที่ " + cited
            + "\n        ตามที่อ้างถึง นั้น\n";

        var reference = LetterParser.Parse(text).Documents[0].References.Should().ContainSingle().Subject;

        reference.Number!.Raw.Should().Be(raw);
        reference.Number.Serial.Should().Be(serial);
        reference.Number.Circular.Should().Be(circular);
        text.Substring(reference.Number.Span.Start, reference.Number.Span.Length).Should().StartWith("ตร ๐๐๑๕.๑/").And.EndWith("๘๙๐");
    }

    // The two-page letter rendered in Laksaman: the signer's position wrapped inside its acting-for phrase.
    [Theory]
    [InlineData("รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติ\nราชการแทน")]
    [InlineData("รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติราชการ\nแทน")]
    public void Parse_ActingForPhraseWrappedInsideItself_IsOnePosition(string position)
    {
        var text = "ที่ ศธ ๐๒๐๖.๓/ว ๑๒๓๔\nเรื่อง ขอความร่วมมือ\nเรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทุกเขต\n        ด้วย...\n"
            + "ขอแสดงความนับถือ\n(นางสาวศรีสุดา วงศ์ประเสริฐ)\n" + position + "\nเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน\n";

        var signatory = LetterParser.Parse(text).Documents[0].Signatory!;

        signatory.Positions.Select(p => p.Value).Should().Equal(
            "รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติราชการแทน", "เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน");
        signatory.ActingFor!.Value.Value.Should().Be("เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน");
    }

    [Fact]
    public void Parse_EmptyText_GivesNoDocumentsAndNoException()
    {
        var result = LetterParser.Parse("");

        result.Documents.Should().HaveCountLessThanOrEqualTo(1);
        result.Documents.Should().OnlyContain(d => d.Kind == DocumentKind.Unknown);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var act = () => LetterParser.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Parse_ImpossibleDate_GivesDiagnosticInsteadOfDate()
    {
        const string text = "ที่ มท ๐๘๑๐.๒/ว ๑\n\n๓๑ กุมภาพันธ์ ๒๕๖๗\n\nเรื่อง ทดสอบ\n\nเรียน ผู้ว่าราชการจังหวัด\n\nด้วยกรมขอแจ้งให้ทราบ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Date.Should().BeNull();
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ImpossibleDate);
    }

    [Fact]
    public void Parse_UnknownAgencyCode_KeepsNumberAndReportsIt()
    {
        const string text = "ที่ ฮฮ ๐๑๐๑/๒๓\n\nเรื่อง ทดสอบ\n\nเรียน ผู้อำนวยการ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Number!.Prefix.Should().Be("ฮฮ");
        document.Number.PrefixName.Should().BeNull();
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.UnknownAgencyCode && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parse_EveryFieldSpan_PointsAtItsTextInTheRepairedText()
    {
        var result = LetterParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.TestData, "sample-letter.txt")));
        var text = result.Text.Text;
        var document = result.Documents.Should().ContainSingle().Subject;

        Slice(text, document.Subject!.Value.Span).Should().StartWith("ขอเชิญประชุม");
        Slice(text, document.Number!.Span).Should().Be("ชม ๐๐๑๘.๔/ว ๑๒๓๔");
        Slice(text, document.Date!.Value.Span).Should().Be("๑๙ กุมภาพันธ์ ๒๕๖๘");
        Slice(text, document.Signatory!.Name.Span).Should().Be("นายสมศักดิ์ ใจดีงาม");
        Slice(text, document.Contacts.Phones[0].Span).Should().StartWith("๐ ๕๓๑๑ ๒๒๓๓");
    }

    [Fact]
    public void ToContract_RepairedText_MapsSpansBackToTheOriginal()
    {
        const string original = "ที่ มท ๐๘๑๐.๒/ว ๑\r\n\r\nเรื่อง  ขอความร่วมมือจํานวนมาก\r\n\r\nเรียน ผู้ว่าราชการจังหวัด\r\n";
        var result = LetterParser.Parse(original);

        var fields = LetterJson.ToContract(result).Documents[0].Fields!;

        var subject = fields["subject"];
        original.Substring(subject.Start, subject.Length).Should().Be("ขอความร่วมมือจํานวนมาก");
    }

    [Fact]
    public void Parse_AttachmentCitingALetter_SpansPointAtTheCitedNumberAndDate()
    {
        var result = LetterParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.TestData, "sample-letter.txt")));
        var text = result.Text.Text;
        var cited = result.Documents[0].Attachments[1];

        Slice(text, cited.Number!.Span).Should().Be("ดศ ๐๒๐๑/ว ๗๘๙");
        Slice(text, cited.Date!.Value.Span).Should().Be("๓ กุมภาพันธ์ ๒๕๖๘");
    }

    [Fact]
    public void ToContract_OrphanMark_IsReportedWithItsOriginalOffset()
    {
        const string original = "\u0E48เรื่อง ทดสอบ\n";

        var contract = LetterJson.ToContract(LetterParser.Parse(original));

        contract.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.OrphanMark).Which.Start.Should().Be(0);
    }

    private const string MemoBelowStamp =
        "บันทึกข้อความ\nส่วนราชการ กกล.นซบ.ทหาร\nที่ กห ๐๓๐๑.๑๐.๑/๑๒ วันที่ ๓ พ.ค. ๖๘\nเรื่อง ขอความเห็นชอบ\n\nเสนอ ศซล.นซบ.ทหาร\n\nด้วย กกล.นซบ.ทหาร ขอรับความเห็นชอบ\n";

    [Theory]
    [InlineData("ศซล.นซบ.ทหาร\nเลขรับ ๓๒๔\nวันที่ ๑๗/๐๕/๒๕๖๘\nเวลา ๑๐.๓๗\n\n")]
    [InlineData("๓๒๔\n๑๗/๐๕/๒๕๖๘\n๑๐.๓๗:๒๖\n\nด่วนมาก\n\n")]
    public void Parse_StampAboveTheFirstLetter_StampsThatLetter(string above)
    {
        var document = LetterParser.Parse(above + MemoBelowStamp).Documents.Should().ContainSingle().Subject;

        var stamp = document.Receipts.Should().ContainSingle().Subject;
        stamp.Number.Should().NotBeNull();
        stamp.Number!.Value.Value.Should().Be(324);
        stamp.Date.Should().NotBeNull();
        stamp.Date!.Value.Value.Should().Be(new DateOnly(2025, 5, 17));
    }

    // A red stamp over a printed line, read from the ink layer: the ว of its วันที่ lay on the print and was lost, and
    // its time has no seconds.
    [Fact]
    public void Parse_StampWhoseDateLabelLostALetter_KeepsItsDateAndTime()
    {
        var document = LetterParser.Parse("กองกลาง สป.\nเลขรับ ๑๒๕๐\nันที่ ๓/๑๑/๒๕๖๘\nเวลา ๐๙:๐๕\n\n" + MemoBelowStamp).Documents.Should().ContainSingle().Subject;

        var stamp = document.Receipts.Should().ContainSingle().Subject;
        stamp.Agency!.Value.Value.Should().Be("กองกลาง สป.");
        stamp.Number!.Value.Value.Should().Be(1250);
        stamp.Date!.Value.Value.Should().Be(new DateOnly(2025, 11, 3));
        stamp.Time!.Value.Value.Should().Be(new TimeOnly(9, 5));
    }

    // A date in figures after a word longer than a damaged วันที่, above a bare number, is no stamp.
    [Fact]
    public void Parse_SlashDateAfterAWholeWordAboveANumber_IsNoStamp()
    {
        var document = LetterParser.Parse(MemoBelowStamp + "ตามหนังสือ ๑๒/๐๕/๒๕๖๘\n๓๒๔\n").Documents.Should().ContainSingle().Subject;

        document.Receipts.Should().BeEmpty();
    }

    // memo-008's blue stamp as read with the session-3 model: the day ๑๗ read as ๖๗, an impossible date. The stamp is
    // still a stamp, with its number and time, and no date is invented.
    [Fact]
    public void Parse_StampWithImpossibleSlashDate_KeepsNumberAndTimeWithoutDate()
    {
        var document = LetterParser.Parse("๓๒๔\n๖๗/๐๕/๒๕๖๘\n๑๐ ๓๗:๒๖\n\nด่วนมาก\n\n" + MemoBelowStamp).Documents.Should().ContainSingle().Subject;

        var stamp = document.Receipts.Should().ContainSingle().Subject;
        stamp.Number!.Value.Value.Should().Be(324);
        stamp.Time!.Value.Value.Should().Be(new TimeOnly(10, 37, 26));
        stamp.Date.Should().BeNull();
    }

    // The OCR'd head of memo-000: the red mark and the blue serial come from the coloured-ink layer, before the print.
    private const string ScannedMemoHead =
        "บันทึกข้อความ\n\nส่วนราชการ.0ก.ศซบ.ทหาร (แผนาธิรการกำส้งพลม.โทร.ททร๖ ๕๗๒๑๗๙๗)\nที่ กห ๐๓๐๑:๑๐.๑/                           วันที               พ.ค. ๖๗\n\n"
        + "เรื่องาบอความเห็นนอบแต่งตั่.อบทsอ4\nเสนอ กวก.ศซบ.ทหาร\n\n๑. ด้วย กธก.ศซบ.ทหาร มีความประสงค์ขอแต่งตั้ง ลชท.รอง ใน้ก้บช้าราชการ จำนวน ๖ นาย\n";

    [Theory]
    [InlineData("ด่วนมาก\n\n๒๖๐\n\n")]
    [InlineData("ด่วนมาก\n\nตดก\n\n")]
    [InlineData("ด่วนมาก\n")]
    public void Parse_UrgencyMarkAboveJunkAboveTheHeading_BelongsToTheLetter(string above)
    {
        var document = LetterParser.Parse(above + ScannedMemoHead).Documents.Should().ContainSingle().Subject;

        document.Urgency.Should().NotBeNull();
        document.Urgency!.Value.Value.Should().Be(Urgency.VeryUrgent);
        document.Kind.Should().Be(DocumentKind.Memo);
    }

    [Theory]
    [InlineData("พ.อ.     -", "พ.อ.")]
    [InlineData("พ.อ.    ๗      \"-เ", "พ.อ.")]
    [InlineData("พล.ต..", "พล.ต.")]
    [InlineData("นอ. \" \"  ร.น.", "น.อ.")]
    [InlineData("พ.อ", "พ.อ.")]
    public void Parse_DamagedRankLineAboveTheSignature_ReadsTheRankWithLowerConfidence(string rankLine, string rank)
    {
        var document = LetterParser.Parse(Memo(tail: $"{rankLine}\n\n(สมชาย ธูปแช่ม)\nผอ.กกล.นซบ.ทหาร\n")).Documents.Should().ContainSingle().Subject;

        var read = document.Signatory!.Rank!.Value;
        read.Value.Should().Be(rank);
        read.Confidence.Should().BeLessThan(0.9f);
        document.Signatory.Positions.Select(p => p.Value).Should().Equal("ผอ.กกล.นซบ.ทหาร");
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DamagedRank && d.Severity <= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Parse_CleanRankLine_ReadsTheRankWithoutDiagnostic()
    {
        var document = LetterParser.Parse(Memo(tail: "พ.อ.\n\n(สมชาย ธูปแช่ม)\nผอ.กกล.นซบ.ทหาร\n")).Documents.Should().ContainSingle().Subject;

        document.Signatory!.Rank!.Value.Value.Should().Be("พ.อ.");
        document.Signatory.Rank.Value.Confidence.Should().Be(0.9f);
        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.DamagedRank);
    }

    [Theory]
    [InlineData("รอง ผอ.ศศย.สปท. ทำการแทน")]
    [InlineData("ผอ.กกล.นซบ.ทหาร")]
    [InlineData("จึงเสนอมาเพื่อกรุณาพิจารณา")]
    public void Parse_PositionOrBodyLineAboveTheSignature_IsNoRank(string lineAbove)
    {
        var document = LetterParser.Parse(Memo(tail: $"{lineAbove}\n(สมชาย ธูปแช่ม)\nผอ.กกล.นซบ.ทหาร\n")).Documents.Should().ContainSingle().Subject;

        document.Signatory!.Rank.Should().BeNull();
    }

    [Fact]
    public void Parse_RankLineWithJunkAmongPositions_IsNotAPosition()
    {
        var document = LetterParser.Parse(Memo(tail: "(สมชาย ธูปแช่ม)\nน.อ.หญิง   \"-\nผอ.กกล.นซบ.ทหาร\n")).Documents.Should().ContainSingle().Subject;

        document.Signatory!.Positions.Select(p => p.Value).Should().Equal("ผอ.กกล.นซบ.ทหาร");
    }

    [Theory]
    [InlineData("วันที่      พ.ค. ๖๘.")]
    [InlineData(". ...วันที่      \"      พ.ค. ๖๘.")]
    [InlineData("วันที่้     พ.ค. ๖๘.")]
    public void Parse_MemoDateWithoutReadableDay_GivesMonthPrecisionDate(string dateLine)
    {
        var result = LetterParser.Parse(Memo(dateLine: dateLine));
        var document = result.Documents.Should().ContainSingle().Subject;

        var date = document.Date!.Value;
        (date.Value.Year, date.Value.Month, date.Value.Day).Should().Be((2025, 5, (int?)null));
        date.Value.ToDateOnly().Should().BeNull();
        date.Confidence.Should().BeLessThan(0.9f);
        document.BuddhistYear.Should().Be(2568);
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DayMissing && d.Severity == DiagnosticSeverity.Warning);
        document.Number!.Serial.Should().Be(313);
        LetterJson.ToContract(result).Documents[0].Date.Should().Be("2025-05");
    }

    [Fact]
    public void Parse_DateLabelLineWithoutDay_GivesMonthPrecisionDate()
    {
        const string text = "บันทึกข้อความ\nส่วนราชการ กพ.ทหาร\nที่ กห ๐๓๐๒/๖๔\nวันที่    -   ม.ค. ๖๗\nเรื่อง ทดสอบ\n\nเรียน ผู้อำนวยการ\n";

        var result = LetterParser.Parse(text);

        LetterJson.ToContract(result).Documents[0].Date.Should().Be("2024-01");
    }

    [Fact]
    public void Parse_MemoDateWithDay_KeepsTheFullDate()
    {
        var result = LetterParser.Parse(Memo());

        result.Documents[0].Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 5, 17));
        LetterJson.ToContract(result).Documents[0].Date.Should().Be("2025-05-17");
        result.Documents[0].Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.DayMissing);
    }

    [Theory]
    [InlineData("วันที่")]
    [InlineData("วันที่      -")]
    [InlineData("วันที่   พ.ค.")]
    [InlineData("วันที่        : มิศ ๖๗")]
    public void Parse_MemoDateLineWithoutMonthAndYear_GivesNoDateButAMonthInTheBodyIsNotTaken(string dateLine)
    {
        var text = Memo(dateLine: dateLine).Replace("ขอรับความเห็นชอบ", "ขอรับความเห็นชอบภายใน พ.ค. ๖๘", StringComparison.Ordinal);

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Date.Should().BeNull();
    }

    [Fact]
    public void Parse_CommaReadForADotInTheNumber_ReadsTheOfficeAndNotesTheRepair()
    {
        var document = LetterParser.Parse(Memo(number: "กห ๐๓๐๑,๑๐.๑/ ๒๖๐")).Documents.Should().ContainSingle().Subject;

        document.Number!.Office.Should().Be("0301.10.1");
        document.Number.Serial.Should().Be(260);
        document.Number.Confidence.Should().BeLessThan(1f);
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.NumberRepaired && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parse_NumberLineWithLetterAmongTheDigits_KeepsDigitsOnlyAndReadsTheDate()
    {
        const string text = "บันทึกข้อความ\nส่วนราชการ กกล.นซบ.ทหาร\nที่.กห ๐๓๑ค.๑๐.๑/ (F น                  . ...วันที่      \"      พ.ค. ๖๘.\n"
            + "เรื่อง ขอความเห็นชอบ\nเสนอ ศซล.นซบ.ทหาร\n\n๑. ด้วย กกล.นซบ.ทหาร ขอรับความเห็นชอบ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Number!.Prefix.Should().Be("กห");
        document.Number.Office.Should().MatchRegex("^[0-9]+(\\.[0-9]+)*$");
        document.Number.Confidence.Should().BeLessThan(1f);
        LetterJson.ToContract(LetterParser.Parse(text)).Documents[0].Date.Should().Be("2025-05");
    }

    [Theory]
    [InlineData("กห ๐๓๐๑,๑๐.๑/ ๒๖๐", "comma")]
    [InlineData("ศธ ๐๒๑๑.๓ว ๔๕๖๗", "slash")]
    [InlineData("ศีธี ๐๔๐๐๙/๑๒๓", "marks")]
    [InlineData("ศธ ๐๒๑๑.๓/วิ ๔๕๖๗", "circular")]
    public void Parse_RepairedNumber_DiagnosticSaysWhichDamageWasReadThrough(string number, string named)
    {
        var document = LetterParser.Parse(Memo(number: number)).Documents.Should().ContainSingle().Subject;

        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NumberRepaired)
            .Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Parse_SubjectWrappedAcrossABlankLineThatTheBodyRepeats_JoinsTheWrap()
    {
        // OCR put a blank line inside the subject; the body says the two parts run on ("…การบริหารจัดการขององค์กร…").
        const string text = "คำสั่งกรมส่งเสริมการปกครองท้องถิ่น\nที่ ๔๑๒/๒๕๖๗\n"
            + "เรื่อง แต่งตั้งคณะทำงานพัฒนาระบบสารสนเทศเพื่อการบริหารจัดการ\n\nขององค์กรปกครองส่วนท้องถิ่น\n\n"
            + "เพื่อให้การพัฒนาระบบสารสนเทศเพื่อการบริหารจัดการขององค์กรปกครองส่วนท้องถิ่นเป็นไปอย่างมีประสิทธิภาพ\n"
            + "จึงแต่งตั้งคณะทำงาน ดังนี้\n\nสั่ง ณ วันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๗\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Subject!.Value.Value.Should().Be("แต่งตั้งคณะทำงานพัฒนาระบบสารสนเทศเพื่อการบริหารจัดการขององค์กรปกครองส่วนท้องถิ่น");
    }

    [Fact]
    public void Parse_SubjectThenBlankLineThenBody_KeepsTheBodyOut()
    {
        const string text = "คำสั่งกรมส่งเสริมการปกครองท้องถิ่น\nที่ ๔๑๒/๒๕๖๗\nเรื่อง แต่งตั้งคณะทำงานพัฒนาระบบสารสนเทศ\n\n"
            + "เพื่อให้การพัฒนาระบบเป็นไปอย่างมีประสิทธิภาพ จึงแต่งตั้งคณะทำงาน ดังนี้\n\nสั่ง ณ วันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๗\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Subject!.Value.Value.Should().Be("แต่งตั้งคณะทำงานพัฒนาระบบสารสนเทศ");
    }

    [Theory]
    // Without the letter repeating the wrapped words, a wrap between Thai words is read as a space (WrapJoin).
    [InlineData("โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 2\nโทร. 042-123456",
        "โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 2 โทร. 042-123456")]
    [InlineData("โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษา\nอุดรธานี เขต 2 โทร. 042-123456",
        "โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษา อุดรธานี เขต 2 โทร. 042-123456")]
    public void Parse_MemoUnitLineWrappedBeforeTheNumber_ReadsTheWholeIssuerAndItsPhone(string unit, string issuer)
    {
        var text = $"บันทึกข้อความ\nส่วนราชการ {unit}\nที่ อด 04062/123              วันที่ 5 มิถุนายน 2567\n"
            + "เรื่อง ขออนุญาตไปราชการ\nเรียน ผู้อำนวยการโรงเรียนบ้านหนองบัว\n\nด้วยข้าพเจ้าได้รับเชิญไปราชการ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Issuer!.Value.Value.Should().Be(issuer);
        document.Contacts.Phones.Select(p => p.Number).Should().Equal("042123456");
        document.Number!.Serial.Should().Be(123);
    }

    [Fact]
    public void Parse_SpeckLineBetweenNumberedAttachments_ReadsBothItems()
    {
        // A rendered page's OCR: a speck read as "ต" on a line of its own between the items.
        const string text = "ที่ ศธ ๐๒๐๖.๓/ว ๑๒๓๔\n\n๑๒ มีนาคม ๒๕๖๘\n\nเรื่อง ขอความร่วมมือ\n\nเรียน ผู้อำนวยการโรงเรียน\n\n"
            + "สิ่งที่ส่งมาด้วย ๑. แบบสำรวจข้อมูล        จำนวน ๑ ชุด\n\nต\n๒. คู่มือการกรอกข้อมูล        จำนวน ๑ เล่ม\n\n"
            + "        ด้วยสำนักงานขอความร่วมมือ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Attachments.Select(a => (a.Text.Value, a.Quantity, a.Unit)).Should().Equal(("แบบสำรวจข้อมูล", 1, "ชุด"), ("คู่มือการกรอกข้อมูล", 1, "เล่ม"));
    }

    [Theory]
    [InlineData("มีว                    นอ", "ผู้ว่าราชการจังหวัด ทุกจังหวัด")] // a scan's specks read as letters: no word in it
    [InlineData("พ.ศ. ๒๕๖๘", "ผู้ว่าราชการจังหวัด ทุกจังหวัด พ.ศ. ๒๕๖๘")] // short, but figures: a real wrap
    public void Parse_ShortLineAfterTheAddressee_IsContinuationOnlyWhenItHoldsAWordOrFigures(string next, string addressee)
    {
        var text = $"ที่ มท ๐๒๑๐.๓/ว ๕๖๗๘\n\n๒๘ ธันวาคม ๒๕๖๗\nเรื่อง การประชุม\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n{next}\n"
            + "ด้วยกระทรวงขอแจ้งการประชุม\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Addressee!.Value.Value.Should().Be(addressee);
    }

    [Fact]
    public void Parse_ReferenceYearWrappedWithASpeckBeforeTheNextItem_KeepsTheYear()
    {
        // A rendered scan: the cited date's year wrapped, with a speck read as น beside it, then item ๒.
        const string text = "ที่ นม ๐๐๑๗.๒/ว ๑๒๓๔\n\n๑๒ มกราคม ๒๕๖๘\n\nเรื่อง ขอเชิญประชุม\n\nเรียน นายอำเภอทุกอำเภอ\n\n"
            + "อ้างถึง ๑. หนังสือกระทรวงมหาดไทย ที่ มท ๐๒๑๐.๓/ว ๕๖๗๘ ลงวันที่ ๒๐ ธันวาคม\n๒๕๖๗                    น\n"
            + "๒. หนังสือจังหวัดนครราชสีมา ที่ นม ๐๐๑๗.๒/ว ๙๘๗ ลงวันที่ ๒๘ ธันวาคม ๒๕๖๗\n\n        ด้วยจังหวัดขอเชิญประชุม\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.References.Select(r => r.Date?.Value).Should().Equal(new DateOnly(2024, 12, 20), new DateOnly(2024, 12, 28));
    }

    private static string Memo(string dateLine = "วันที่ ๑๗ พ.ค. ๖๘", string number = "กห ๐๓๐๑.๑๐.๑/๓๑๓", string tail = "") =>
        $"บันทึกข้อความ\nส่วนราชการ กกล.นซบ.ทหาร\nที่ {number}                {dateLine}\nเรื่อง ขอความเห็นชอบ\nเสนอ ศซล.นซบ.ทหาร\n\n"
        + $"๑. ด้วย กกล.นซบ.ทหาร ขอรับความเห็นชอบ\n\nจึงเสนอมาเพื่อกรุณาพิจารณา\n\n{tail}";

    [Theory]
    [InlineData("วันที่ ๑๗ พ.ค. ๖๙", true)] // a year after its receipt: a misread year
    [InlineData("วันที่ ๑๗ พ.ค. ๕๙", true)] // nine years before
    [InlineData("วันที่ ๑๕ พ.ค. ๖๘", false)]
    [InlineData("วันที่ ๑๗ พ.ค. ๖๘", false)]
    [InlineData("วันที่ ๒๐ เม.ย. ๖๘", false)]
    public void Parse_LetterDateFarFromItsReceiptStamp_IsReported(string dateLine, bool reported)
    {
        var text = "ศซล.นซบ.ทหาร\nเลขรับ ๓๒๔\nวันที่ ๑๗/๐๕/๒๕๖๘\nเวลา ๑๐.๓๗\n\n"
            + $"บันทึกข้อความ\nส่วนราชการ กกล.นซบ.ทหาร\nที่ กห ๐๓๐๑.๑๐.๑/๑๒ {dateLine}\nเรื่อง ขอความเห็นชอบ\n\nเสนอ ศซล.นซบ.ทหาร\n\nด้วย กกล.นซบ.ทหาร ขอรับความเห็นชอบ\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Date.Should().NotBeNull("the date is kept either way");
        document.Diagnostics.Any(d => d.Code == DiagnosticCodes.DateFarFromReceipt).Should().Be(reported);
    }

    [Fact]
    public void Parse_HandwritingReadAsJunkUnderTheAddressee_IsNotPartOfIt()
    {
        var text = Memo().Replace("เสนอ ศซล.นซบ.ทหาร\n", "เสนอ ศซล.นซบ.ทหาร\nี่ ๑44   2.                        ท่        ช่ง\n", StringComparison.Ordinal);

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Addressee!.Value.Value.Should().Be("ศซล.นซบ.ทหาร");
    }

    [Fact]
    public void Parse_CertificateHeadingAboveItsNumber_IsOneCertificateWithItsDate()
    {
        const string text = "หนังสือรับรอง\nที่ ศธ 0520.1/123\n        หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า นายสมปอง มั่นคง ตำแหน่งครู\n"
            + "โรงเรียนบ้านหนองบัว เป็นข้าราชการครูจริง\n        ให้ไว้ ณ วันที่ 15 เดือน พฤษภาคม พ.ศ. 2567\n\n"
            + "                        (นางมาลี ดีงาม)\n                ผู้อำนวยการโรงเรียนบ้านหนองบัว\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Kind.Should().Be(DocumentKind.Certificate);
        document.Number!.Serial.Should().Be(123);
        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2024, 5, 15));
        document.Signatory!.Name!.Value.Should().Be("นางมาลี ดีงาม");
    }

    [Theory]
    [InlineData("ขอแสดงความนับถอ", "ขอแสดงความนับถือ")]
    [InlineData("ขอแสดงความนบถือ", "ขอแสดงความนับถือ")]
    [InlineData("ขอแสดงความนับถือ", "ขอแสดงความนับถือ")]
    [InlineData("ขอแสดงความนับถืออยางยิง", "ขอแสดงความนับถืออย่างยิ่ง")]
    public void Parse_ClosingWithLostMarks_GivesTheClosingAsPrinted(string closing, string expected)
    {
        var text = "ที่ นม ๐๐๑๗.๒/ว ๑๒๓๔\n\n๑๒ มกราคม ๒๕๖๘\n\nเรื่อง ขอเชิญประชุม\n\nเรียน นายอำเภอทุกอำเภอ\n\n"
            + $"        จึงเรียนมาเพื่อโปรดทราบ\n\n        {closing}\n\n        (นายสมศักดิ์ ใจดีมาก)\n        ผู้ว่าราชการจังหวัดนครราชสีมา\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Closing!.Value.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("จำนวน")]
    [InlineData("จานวน")]
    [InlineData("จ้านวน")]
    [InlineData("จํานวน")]
    [InlineData("จนวน")]
    public void Parse_QuantityWordAsOcrLeavesIt_CutsTheQuantity(string word)
    {
        var text = Memo().Replace("เสนอ ศซล.นซบ.ทหาร\n", $"เสนอ ศซล.นซบ.ทหาร\nสิ่งที่ส่งมาด้วย ๑. ระเบียบวาระการประชุม      {word} ๑ ฉบับ\n    ๒. แบบตอบรับ     {word} ๒ แผ่น\n", StringComparison.Ordinal);

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Attachments.Select(a => (a.Text.Value, a.Quantity, a.Unit)).Should().Equal(("ระเบียบวาระการประชุม", 1, "ฉบับ"), ("แบบตอบรับ", 2, "แผ่น"));
    }

    // An external letter in Laksaman read from its image: the reference's ลงวันที่ wrapped after ลง.
    [Fact]
    public void Parse_ReferenceWrappedBeforeItsDate_KeepsTheDateInTheReference()
    {
        const string text = "ที่ นม ๐๐๑๗.๒/ว ๑๒๓๔\n\n๑๒ มกราคม ๒๕๖๘\n\nเรื่อง ขอเชิญประชุม\n\nเรียน นายอำเภอทุกอำเภอ\n\n"
            + "อ้างถึง ๑. หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๐.๓/ว ๕๖๗๘ ลง\nวันที่ ๒๐ ธันวาคม ๒๕๖๗\n\n"
            + "๒. หนังสือจังหวัดนครราชสีมา ที่ นม ๐๐๑๗.๒/ว ๙๘๗ ลงวันที่ ๒๘ ธันวาคม ๒๕๖๗\n\nตามที่อ้างถึง นั้น\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 1, 12));
        document.References.Select(r => r.Date?.Value).Should().Equal(new DateOnly(2024, 12, 20), new DateOnly(2024, 12, 28));
        document.References[0].Text.Value.Should().EndWith("ลงวันที่ ๒๐ ธันวาคม ๒๕๖๗");
    }

    // The same letter in Sarabun read from its image: the year wrapped to a line of its own, set off by a blank line.
    [Theory]
    [InlineData("๒๕๖๗")]
    [InlineData("2567")]
    [InlineData("พ.ศ. ๒๕๖๗")]
    public void Parse_ReferenceYearWrappedAfterABlankLine_KeepsTheListWhole(string year)
    {
        var text = "ที่ นม ๐๐๑๗.๒/ว ๑๒๓๔\n\n๑๒ มกราคม ๒๕๖๘\n\nเรื่อง ขอเชิญประชุม\n\nเรียน นายอำเภอทุกอำเภอ\n\n"
            + "อางถึง ๑. หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๐.๓/ว ๕๖๗๘ ลงวันที่ ๒๐ ธันวาคม\n\n" + year + "\n"
            + "๒. หนังสือจังหวัดนครราชสีมา ที่ นม ๐๐๑๗.๒/ว ๙๘๗ ลงวันที่ ๒๘ ธันวาคม ๒๕๖๗\n\n"
            + "สิ่งที่ส่งมาดวย ๑. ระเบียบวาระการประชุม จำนวน ๑ ฉบับ\n๒. แบบตอบรับการเข้าร่วมประชุม จำนวน ๑ แผ่น\n\nตามที่อ้างถึง นั้น\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.References.Select(r => r.Date?.Value).Should().Equal(new DateOnly(2024, 12, 20), new DateOnly(2024, 12, 28));
        document.References[0].Text.Value.Should().EndWith("ลงวันที่ ๒๐ ธันวาคม " + year);
        document.Attachments.Select(a => a.Text.Value).Should().Equal("ระเบียบวาระการประชุม", "แบบตอบรับการเข้าร่วมประชุม");
    }

    // A year alone on a line does not join an item that ends in no month: a list item ending in its own year, then a line
    // with a year, is not a date cut in two.
    [Fact]
    public void Parse_YearLineAfterAnItemWithItsWholeDate_IsNotJoined()
    {
        const string text = "ที่ นม ๐๐๑๗.๒/ว ๑๒๓๔\n\n๑๒ มกราคม ๒๕๖๘\n\nเรื่อง ขอเชิญประชุม\n\nเรียน นายอำเภอทุกอำเภอ\n\n"
            + "อ้างถึง หนังสือกระทรวงมหาดไทย ที่ มท ๐๒๑๐.๓/ว ๕๖๗๘ ลงวันที่ ๒๐ ธันวาคม ๒๕๖๗\n\n๒๕๖๘\n\nตามที่อ้างถึง นั้น\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.References.Should().ContainSingle().Which.Text.Value.Should().EndWith("ธันวาคม ๒๕๖๗");
    }

    // An order in Laksaman read from its image: OCR lost the ที่ before the order's number, left alone under the heading.
    [Theory]
    [InlineData("คำสั่งกรมส่งเสริมการปกครองท้องถิ่น\n๔๑๒/๒๕๖๗\n\n554\nเรื่อง แต่งตั้งคณะทำงาน\n\nเพื่อให้การพัฒนาระบบเป็นไปอย่างมีประสิทธิภาพ\n", 412, 2567)]
    [InlineData("คำสังกรมส่งเสริมการปกครองท้องถิ่น\n\n๔๑๒/๒๕๖๗\nเรื่อง แต่งตั้งคณะทำงาน\n", 412, 2567)]
    [InlineData("ประกาศจังหวัดนครราชสีมา\n๑๕/๖๘\nเรื่อง รับสมัครพนักงาน\n", 15, 2568)]
    public void Parse_OrderNumberWhoseLabelOcrLost_IsTheNumber(string text, int serial, int year)
    {
        var number = LetterParser.Parse(text).Documents.Should().ContainSingle().Which.Number;

        number.Should().NotBeNull();
        (number!.Serial, number.Year).Should().Be((serial, year));
    }

    [Fact]
    public void Parse_PerYearNumberAloneInTheBody_IsNoDocumentNumber()
    {
        const string text = "คำสั่งกรมส่งเสริมการปกครองท้องถิ่น\nที่ ๔๑๒/๒๕๖๗\nเรื่อง แต่งตั้งคณะทำงาน\n\nตามคำสั่งเดิม\n๑๒/๒๕๖๖\nให้ยกเลิก\n";

        LetterParser.Parse(text).Documents.Should().ContainSingle().Which.Number!.Serial.Should().Be(412);
    }

    [Fact]
    public void Parse_DateLabelAfterAWordEndingInLong_IsStillTheDate()
    {
        const string text = "บันทึกข้อความ\nส่วนราชการ กองคลัง\nยอดเงินคงเหลือลดลง\nวันที่ ๓ มีนาคม ๒๕๖๘\nเรื่อง ทดสอบ\n\nเรียน ผู้อำนวยการ\n";

        LetterParser.Parse(text).Documents.Should().ContainSingle().Which.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 3, 3));
    }

    // An external letter in Sarabun read from its image: a leader dot glued to the quantity word; an abbreviation's stop stays.
    [Theory]
    [InlineData("ระเบียบวาระการประชุม                .จำนวน ๑ ฉบับ", "ระเบียบวาระการประชุม")]
    [InlineData("ระเบียบวาระการประชุม . . . . . จำนวน ๑ ฉบับ", "ระเบียบวาระการประชุม")]
    [InlineData("คำสั่ง บก.ทท.   จำนวน ๑ ฉบับ", "คำสั่ง บก.ทท.")]
    public void Parse_LeaderDotsBeforeTheQuantity_AreNotPartOfTheItem(string item, string expected)
    {
        var text = Memo().Replace("เสนอ ศซล.นซบ.ทหาร\n", $"เสนอ ศซล.นซบ.ทหาร\nสิ่งที่ส่งมาด้วย {item}\n", StringComparison.Ordinal);

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Attachments.Should().ContainSingle().Which.Text.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("ถึง")]
    [InlineData("ลึง")]
    public void Parse_StampedLetterWithItsSalutationReadByOcr_IsStamped(string salutation)
    {
        var text = $"ที่ มท ๐๘๑๖.๓/ว ๑๐๒๓\n{salutation} สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดทุกจังหวัด\n\n"
            + "ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้รับแจ้งจากสำนักงบประมาณ จึงขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่นทราบ\n\n"
            + "กรมส่งเสริมการปกครองท้องถิ่น\n๒๐ กุมภาพันธ์ ๒๕๖๘\n\nกองการเงินและบัญชี\nโทร. ๐-๒๒๔๑-๙๐๐๐ ต่อ ๑๒๑๔\n";

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Kind.Should().Be(DocumentKind.Stamped);
        document.Salutation!.Value.Value.Should().Be("ถึง");
        document.Addressee!.Value.Value.Should().Be("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดทุกจังหวัด");
    }

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private static string Render(string text) => LetterJson.Serialize(LetterJson.ToContract(LetterParser.Parse(text)));

    // A statement rendered in Laksaman and read back: OCR wrapped the body's "เมื่อวันที่ ..." onto a line of its own.
    [Fact]
    public void Parse_BodyDateWrappedOntoItsOwnLine_IsNotTheLettersDate()
    {
        const string text = """
            แถลงการณ์กระทรวงการต่างประเทศ
            เรื่อง การให้ความช่วยเหลือคนไทยในพื้นที่ประสบภัยแผ่นดินไหว

            ตามที่ได้เกิดเหตุแผ่นดินไหวขนาด ๗.๗ ในสาธารณรัฐแห่งสหภาพเมียนมา
            เมื่อวันที่ ๒๘ มีนาคม ๒๕๖๘
            กระทรวงการต่างประเทศได้สั่งการให้สถานเอกอัครราชทูต ณ กรุงย่างกุ้ง ตรวจสอบความปลอดภัยของคนไทย

            กระทรวงการต่างประเทศ
            ๒๙ มีนาคม ๒๕๖๘
            """;

        var document = LetterParser.Parse(text).Documents[0];

        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 3, 29));
        document.Body!.Value.Value.Should().Contain("เมื่อวันที่ ๒๘ มีนาคม ๒๕๖๘").And.Contain("สถานเอกอัครราชทูต");
    }

    // The same statement read back: its contact sentence broken at โทร., the e-mail going on with หรือ ("or").
    [Fact]
    public void Parse_ContactGoingOnWithOr_IsAContactAndTheTailReadsOn()
    {
        const string text = """
            แถลงการณ์กระทรวงการต่างประเทศ
            เรื่อง การให้ความช่วยเหลือคนไทย

            ตามที่ได้เกิดเหตุแผ่นดินไหว
            ผู้ที่ต้องการความช่วยเหลือ ติดต่อศูนย์ช่วยเหลือคนไทยในต่างประเทศ

            โทร. ๐ ๒๕๗๒ ๘๔๔๒
            หรือไปรษณีย์อิเล็กทรอนิกส์ consular@mfa.go.th

            กระทรวงการต่างประเทศ
            ๒๙ มีนาคม ๒๕๖๘
            """;

        var document = LetterParser.Parse(text).Documents.Should().ContainSingle().Subject;

        document.Contacts.Emails.Select(e => e.Value).Should().Equal("consular@mfa.go.th");
        document.Date!.Value.Value.ToDateOnly().Should().Be(new DateOnly(2025, 3, 29));
    }
}
