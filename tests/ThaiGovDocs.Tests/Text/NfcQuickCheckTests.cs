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
}
