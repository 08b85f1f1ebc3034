using System.Text.Json;
using ThaiGovDocs.Json;

namespace ThaiGovDocs.Tests.Corpus;

/// <summary>
/// Letters written for the project (testdata/letters): kinds and damage the shared corpus lacks — an order, a stamped
/// letter with its sender above the date, a police letter with a rank, a memo with dropped tone marks, a split ำ, a stray
/// dash and a label whose value sits below it, a provincial external letter with references and contacts (and a copy with
/// OCR damage: dropped marks, a split ำ, a salutation above its value, a stray dash), a certificate with the word เดือน
/// in its date, an announcement, and the kinds with no label lines: a regulation and a bylaw (their matter after ว่าด้วย
/// is the subject), a statement, a news item under a heading glued to its agency, and a meeting's minutes (date after
/// เมื่อ, the recorder's signature). Each has an expected file in the corpus format.
/// </summary>
public sealed class LetterSamplesTests
{
    public static TheoryData<string> Letters()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.TestData, "letters"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void Parse_SampleLetter_MatchesEveryExpectedField(string name)
    {
        var folder = Path.Combine(RepoPaths.TestData, "letters");
        var result = LetterParser.Parse(File.ReadAllText(Path.Combine(folder, name + ".txt")));
        using var pred = JsonDocument.Parse(LetterJson.Serialize(LetterJson.ToContract(result)));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected.json")));

        var (count, misses) = ContractComparer.Compare(gold.RootElement, pred.RootElement);

        count.Should().BeGreaterThan(5);
        misses.Should().BeEmpty();
    }
}
