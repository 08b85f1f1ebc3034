using System.Text;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public class NfcQuickCheckTests
{
    // Thai marks in both orders, composing Latin, Indic, Hangul jamo, a surrogate pair, punctuation.
    private static readonly string[] Pieces = ["ก", "า", "ุ", "ู", "ฺ", "่", "้", "ำ", " ", "e", "\u0301", "\u00E9", "ে", "া", "\u1100", "\u1161", "\uD83D\uDE00", "—", "\n"];

    [Fact]
    public void IsNormalized_AgreesWithIcu_OnRandomTexts()
    {
        var random = new Random(1121);
        for (int round = 0; round < 20_000; round++)
        {
            var builder = new StringBuilder();
            int count = random.Next(0, 50);
            for (int i = 0; i < count; i++)
            {
                builder.Append(random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : "กขา"[random.Next(3)].ToString());
            }

            var text = builder.ToString();
            bool expected = text.IsNormalized(NormalizationForm.FormC);
            NfcQuickCheck.IsNormalized(text).Should().Be(expected, "text {0}", string.Concat(text.Select(c => $"\\u{(int)c:X4}")));
            if (NfcQuickCheck.IsCertainlyNormalized(text))
            {
                expected.Should().BeTrue();
            }
        }
    }

    [Fact]
    public void IsNormalized_SeesAMarkThatComposesWithItsBaseAcrossAThaiTone() =>
        // e + ้ + ◌́: NFC is é + ้ (the tone, class 107, does not block the acute, 230).
        NfcQuickCheck.IsNormalized("ก e\u0E49\u0301").Should().BeFalse();

    [Theory]
    // More than eight marks around an outsider: the marks past the eighth were left to the Thai pair rule, which does
    // not know that phinthu (class 9) or a tone (107) after an acute (230) must move before it.
    [InlineData("\u09BE\u0E48\u09BE\u0E48\u09BE\u0E4D\u0E48\u0301\u0E3A")]
    [InlineData("\u0E02\u09C7\u0E39\u0E31\u0E48\u0E31\u0E4D\u09C7\u0301\u0E4A")]
    // The base of a composition nine marks before the accent.
    [InlineData("e\u0E48\u0E49\u0E4A\u0E4B\u0E48\u0E49\u0E4A\u0E4B\u0E48\u0301")]
    public void IsNormalized_AgreesWithIcu_OnLongMarkRuns(string text) =>
        NfcQuickCheck.IsNormalized(text).Should().Be(text.IsNormalized(NormalizationForm.FormC));
}
