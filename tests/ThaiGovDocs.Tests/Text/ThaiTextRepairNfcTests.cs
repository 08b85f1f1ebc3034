using System.Text;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

/// <summary>The repaired text is always NFC, whatever the repairs joined (a dropped space between a tone and a below vowel).</summary>
public sealed class ThaiTextRepairNfcTests
{
    [Theory]
    [InlineData("ก่ ุ")]          // a split-cluster space dropped: tone + below vowel must be reordered
    [InlineData("ก่\u200Bุ")]     // an invisible dropped between them
    [InlineData("กุ่่")]           // a doubled tone folded, then the below vowel
    [InlineData("นํ้าุ")]          // ำ composed across a tone
    [InlineData("e\u200B\u0301")] // an invisible dropped between a base and an accent
    public void Repaired_text_is_NFC(string text) =>
        Assert.True(ThaiTextRepair.Repair(text).Text.IsNormalized(NormalizationForm.FormC));

    [Fact]
    public void Repaired_random_text_is_NFC()
    {
        var random = new Random(21112026);
        const string alphabet = "กขนเาฺุู่้๊๋ัิํำ \u200B\u00AD\r\ne\u0301\u0E48\u09C7\u09BE.";
        for (int n = 0; n < 50_000; n++)
        {
            var chars = new char[random.Next(1, 24)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var repaired = ThaiTextRepair.Repair(text).Text;
            Assert.True(repaired.IsNormalized(NormalizationForm.FormC), $"not NFC after repairing \"{text}\": \"{repaired}\"");
        }
    }
}
