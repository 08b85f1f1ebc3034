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
}
