using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public class ThaiLexiconTests
{
    private static readonly ThaiLexicon Lexicon = new(["ขั้น", "พื้น", "ฐาน", "พื้นฐาน", "การ", "ศึกษา", "ขั้น", " ", ""]);

    [Fact]
    public void Constructor_DuplicatesAndBlanks_CountsEachWordOnce()
    {
        Lexicon.Count.Should().Be(6);
        Lexicon.LongestWord.Should().Be("พื้นฐาน".Length);
    }

    [Theory]
    [InlineData("ฐาน", true)]
    [InlineData("พื้นฐาน", true)]
    [InlineData("พื้นฐ", false)] // a prefix of a word is not a word
    [InlineData("ฐ่าน", false)]
    [InlineData("", false)]
    public void Contains_Word_TellsWordsOfTheList(string word, bool expected) => Lexicon.Contains(word).Should().Be(expected);

    [Theory]
    [InlineData("การศึกษาขั้นพื้นฐาน", new[] { 3, 8, 12, 19 })] // พื้นฐาน is one word, not พื้น|ฐาน
    [InlineData("ฐาน", new[] { 3 })]
    public void Segment_RunOfKnownWords_FewestWordsWithTheirEnds(string run, int[] expectedEnds)
    {
        var ends = new int[run.Length];
        var words = Lexicon.Segment(run, ends);
        words.Should().Be(expectedEnds.Length);
        ends[..words].Should().Equal(expectedEnds);
    }

    [Theory]
    [InlineData("ขั้นพื้นฐ่าน")]
    [InlineData("การศึกษาX")]
    public void Segment_RunWithAnUnknownPart_MinusOne(string run) => Lexicon.Segment(run, new int[run.Length]).Should().Be(-1);

    [Fact]
    public void Segment_ShortSpanForEnds_Throws() =>
        FluentActions.Invoking(() => Lexicon.Segment("ฐาน", new int[2])).Should().Throw<ArgumentException>();
}
