using System.Globalization;

namespace ThaiGovDocs.Tests.Records;

public sealed class LetterDateTests
{
    [Theory]
    [InlineData(2025, 5, 17, "2025-05-17")]
    [InlineData(2025, 5, null, "2025-05")]
    [InlineData(1941, 1, 3, "1941-01-03")]
    public void ToIsoString_AnyCulture_GivesIsoWithTheKnownPrecision(int year, int month, int? day, string iso)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            new LetterDate(year, month, day, year + 543).ToIsoString().Should().Be(iso);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ToDateOnly_DayUnknown_GivesNull()
    {
        new LetterDate(2025, 5, null, 2568).ToDateOnly().Should().BeNull();
        new LetterDate(2025, 5, 17, 2568).ToDateOnly().Should().Be(new DateOnly(2025, 5, 17));
    }

    [Theory]
    [InlineData(2025, 13, null)]
    [InlineData(2025, 0, null)]
    [InlineData(2023, 2, 29)]
    [InlineData(0, 1, 1)]
    public void Constructor_ImpossibleDate_Throws(int year, int month, int? day)
    {
        var act = () => new LetterDate(year, month, day, year + 543);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
