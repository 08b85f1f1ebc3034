using System.Runtime.Intrinsics;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Text;

/// <summary>Every rule's vector test agrees with its scalar one across the 32-lane, 16-lane and scalar parts of a scan.</summary>
public class PairScannerWidthTests
{
    // Boundaries of the repair, NFC and digit rules: marks, below vowels after tones, outsiders, specials, digits.
    private const string Alphabet = "กขท ่้๋ัิฺุู็์ํำาเแไ\r\n\u200B\u200D\uFEFF\u00ADa.๑9\u0301\u09C7\uD83D\uDE00\uFFFE\u0E4F";

    [Fact]
    public void RepairOrNfcSites_AgreeWithTheScalarRule() =>
        AgreeOnRandomTexts((text, from) => RepairOrNfcSiteScanner.Next(text, from), RepairOrNfcSiteScanner.IsHit);

    [Fact]
    public void ThaiPairClasses_AgreeWithTheScalarRuleForEveryCharacter()
    {
        if (!ThaiPairClasses.IsSupported)
        {
            return;
        }

        // Every character after every previous that the tables tell apart (the Thai block) and representatives of the rest.
        var previousValues = Enumerable.Range(0, 0x180).Concat(Enumerable.Range(0x0E00, 0x80))
            .Concat([0x0E80, 0x2000, 0x200B, 0x2070, 0xD800, 0xFEFF, 0xFFFF]).Select(p => (char)p);
        var lanes = new ushort[Vector512<ushort>.Count];
        var mismatches = new List<string>();
        foreach (char previous in previousValues)
        {
            for (int first = 0; first <= char.MaxValue; first += lanes.Length)
            {
                for (int k = 0; k < lanes.Length; k++)
                {
                    lanes[k] = (ushort)(first + k);
                }

                ulong hits = ThaiPairClasses.Hits(Vector512.Create((ushort)previous), Vector512.Create(lanes));
                for (int k = 0; k < lanes.Length; k++)
                {
                    bool expected = RepairOrNfcSiteScanner.IsHit(previous, (char)lanes[k]);
                    if (((hits >> k) & 1) == 1 != expected && mismatches.Count < 10)
                    {
                        mismatches.Add($"U+{lanes[k]:X4} after U+{(int)previous:X4}: expected {expected}");
                    }
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void NfcSuspects_AgreeWithTheScalarRule() =>
        AgreeOnRandomTexts((text, from) => NfcQuickCheck.Suspects.Next(text, from), NfcQuickCheck.Suspects.IsHit);

    [Fact]
    public void Digits_AgreeWithTheScalarRule() =>
        AgreeOnRandomTexts((text, from) => from == 0 ? Found(DigitScanner.IndexOfDigit(text), text.Length) : ScalarNext(text, from, DigitScanner.IsHit), DigitScanner.IsHit);

    private static int Found(int index, int length) => index < 0 ? length : index;

    private static void AgreeOnRandomTexts(Func<string, int, int> next, Func<char, char, bool> isHit)
    {
        var random = new Random(20261121);
        for (int round = 0; round < 20_000; round++)
        {
            // Long enough for a 32-lane step, a 16-lane step and a scalar tail; hits are rare, so they fall anywhere.
            var chars = new char[random.Next(0, 140)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(24) == 0 ? Alphabet[random.Next(Alphabet.Length)] : "กขทาเ"[random.Next(5)];
            }

            var text = new string(chars);
            int from = text.Length == 0 || random.Next(3) == 0 ? 0 : random.Next(text.Length + 1);
            next(text, from).Should().Be(ScalarNext(text, from, isHit), "text {0} from {1}", Escape(text), from);
        }
    }

    private static int ScalarNext(string text, int from, Func<char, char, bool> isHit)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (isHit(i == 0 ? '\0' : text[i - 1], text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x7F && c >= ' ' ? c.ToString() : $"\\u{(int)c:X4}"));
}
