using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public class RepairSiteScannerTests
{
    // Characters around every boundary of the rule: marks, ำ, leading vowels, consonants, spaces, specials, surrogates.
    private const string Alphabet = "กขท ่้ัิฺุู็์ํำาเแไ\r\n\u200B\u200D\uFEFF\u00ADa.๑\uD83D\uDE00\uFFFE\u0E4F";

    [Fact]
    public void Next_AgreesWithTheScalarRule_OnRandomTexts()
    {
        var random = new Random(20261121);
        for (int round = 0; round < 20_000; round++)
        {
            // Mostly ordinary Thai with a rare odd character, so sites fall anywhere in and across 16-character blocks.
            var chars = new char[random.Next(0, 70)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(8) == 0 ? Alphabet[random.Next(Alphabet.Length)] : "กขทาเ"[random.Next(5)];
            }

            var text = new string(chars);
            int from = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            RepairSiteScanner.Next(text, from).Should().Be(ScalarNext(text, from), "text {0} from {1}", Escape(text), from);
        }
    }

    [Theory]
    [InlineData("ทำงาน ที่บ้าน", 0, 13)]
    [InlineData("่ก", 0, 0)]
    [InlineData("ก ่", 0, 2)]
    [InlineData("เ ป็น", 0, 1)]
    [InlineData("ก่่", 0, 2)]
    [InlineData("a\r\nb", 0, 1)]
    [InlineData("ราชกํา", 0, 4)]
    public void Next_StopsAtTheFirstSite(string text, int from, int expected) =>
        RepairSiteScanner.Next(text, from).Should().Be(expected);

    private static int ScalarNext(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (RepairSiteScanner.IsHit(i == 0 ? '\0' : text[i - 1], text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x7F && c >= ' ' ? c.ToString() : $"\\u{(int)c:X4}"));
}
