using ThaiGovDocs.Ocr.Recognition;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr.Tests;

/// <summary>Word repair against libthai's real word list (installed by scripts/install-deps.sh, as CI does).</summary>
public class WordMendingTests
{
    private static readonly ThaiLexicon Dictionary = ThaiDictionary.Load(null);

    private static RawLine Line(string text) => new(text, 60, 800, 1500, 870, 0.8f, false);

    [Fact]
    public void Load_SystemDictionary_HoldsTheWordsOfLetters()
    {
        Dictionary.Count.Should().BeGreaterThan(20_000);
        foreach (var word in new[] { "พื้นฐาน", "คดี", "อำนวย", "มั่นคง", "ราชการ" }) Dictionary.Contains(word).Should().BeTrue(word);
    }

    [Fact]
    public void Load_MissingFile_NamesItAndTheInstallCommand()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dir", "thbrk.tri");

        FluentActions.Invoking(() => ThaiDictionary.Load(missing)).Should().Throw<NativeDependencyException>()
            .Which.Message.Should().Contain(missing).And.Contain("libthai-data").And.Contain("--no-word-repair");
    }

    // Misreadings seen in letters rendered in Sarabun and Laksaman and read back through the pipeline, and in the memo scans.
    [Theory]
    [InlineData("รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐ่าน ปฏิบัติราชการแทน", "รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติราชการแทน")]
    [InlineData("ขอความอนุเคราะห์ข้อมูลสถิติคดี่", "ขอความอนุเคราะห์ข้อมูลสถิติคดี")]
    [InlineData("เรียน ผู้อำน่วยการโรงเรียนบ้านหนองบัว", "เรียน ผู้อำนวยการโรงเรียนบ้านหนองบัว")]
    [InlineData("สำนักงานกฎหมาย์และคดี กองคดีอาญา", "สำนักงานกฎหมายและคดี กองคดีอาญา")]
    [InlineData("ในฐานะผู้ดูแลสายวิทยาการความมั้นคงปลอดภัยทางไซเบอร์", "ในฐานะผู้ดูแลสายวิทยาการความมั่นคงปลอดภัยทางไซเบอร์")]
    [InlineData("ระเบียบนี้ให้ใช้บังค้บตั้งแต่วันที่", "ระเบียบนี้ให้ใช้บังคับตั้งแต่วันที่")]
    [InlineData("ผู้อำนวยกำรกองคลัง", "ผู้อำนวยการกองคลัง")]
    public void Apply_MisreadMark_Mended(string text, string expected) =>
        WordMending.Apply(Line(text), Dictionary).Text.Should().Be(expected);

    // Typed text of the corpus and names: nothing to mend.
    [Theory]
    [InlineData("(นายศิริพันธ์ ศรีกงพลี)")]
    [InlineData("(พลอากาศเอกประจิน จั่นตอง)")]
    [InlineData("ที่ กห ๐๓๑๗.๕/๑๗๖ วันที่ มีค. ๖๗")]
    [InlineData("ส.อ.หญิง พรรษวลัย เลี่ยมเพ็ชรรัตน์ เจ้าหน้าที่ปฏิบัติการ")]
    [InlineData("ของกรุงกัมปาลา สาธารณรัฐยูกันดา")]
    public void Apply_KnownWordsAndNames_SameLine(string text)
    {
        var line = Line(text);

        WordMending.Apply(line, Dictionary).Should().BeSameAs(line);
    }

    [Fact]
    public void Apply_MarkRemoved_WordBoxesFollowTheText()
    {
        const string First = "ขั้นพื้นฐ่าน";
        var line = Line(First + " กลุ่มงาน") with { Words = [new WordBox(0, First.Length, 60, 400), new WordBox(First.Length + 1, 8, 420, 700)] };

        var mended = WordMending.Apply(line, Dictionary);

        mended.Text.Should().Be("ขั้นพื้นฐาน กลุ่มงาน");
        mended.Words.Should().Equal(new WordBox(0, First.Length - 1, 60, 400), new WordBox(First.Length, 8, 420, 700));
    }

    [Fact]
    public void ApplyToText_TextLayerLines_EachMendedInPlace()
    {
        const string Layer = "ที่ กห ๐๓๐๑/๑๒\nในฐานะผู้ดูแลสายวิทยาการความมั้นคงปลอดภัยทางไซเบอร์\n(นายศิริพันธ์ ศรีกงพลี)";

        WordMending.ApplyToText(Layer, Dictionary).Should().Be(Layer.Replace("มั้นคง", "มั่นคง", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplyToText_NothingToMend_SameString()
    {
        const string Layer = "ที่ กห ๐๓๐๑/๑๒\nจึงเรียนมาเพื่อโปรดทราบ";

        WordMending.ApplyToText(Layer, Dictionary).Should().BeSameAs(Layer);
    }
}
