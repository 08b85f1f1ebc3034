using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

public sealed class DigitScannerTests
{
    [Fact]
    public void IndexOfDigit_matches_IndexOfAny_on_random_text()
    {
        var random = new Random(2111);
        const string alphabet = "กขา่ /.:0459๐๕๙\u0E4F\u0E5A\u002F\u003A abc";
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(6) == 0 ? alphabet[random.Next(alphabet.Length)] : 'ก';
            }

            Assert.Equal(chars.AsSpan().IndexOfAny(ThaiDigits.Digits), DigitScanner.IndexOfDigit(chars));
        }
    }
}
