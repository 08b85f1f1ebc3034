using System.Text;
using System.Text.Json.Nodes;
using ThaiGovDocs.Batch.Registry;

namespace ThaiGovDocs.Batch.Tests;

public class RegistryTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void AppendRow_Field_IsQuotedOnlyWhenNeeded(string field, string expected)
    {
        var builder = new StringBuilder();

        Csv.AppendRow(builder, [field, "x"]);

        builder.ToString().Should().Be(expected + ",x\r\n");
    }

    [Theory]
    [InlineData("2025-02-19", "19 กุมภาพันธ์ 2568")]
    [InlineData("2024-12-01", "1 ธันวาคม 2567")]
    [InlineData("2025-05", "พฤษภาคม 2568")]
    [InlineData(null, "")]
    [InlineData("19/02/2568", "")]
    [InlineData("2025-13", "")]
    public void Format_IsoDate_GivesThaiBuddhistEraDate(string? iso, string expected) => ThaiDate.Format(iso).Should().Be(expected);

    [Fact]
    public void From_CompleteDocument_FillsTheRegisterColumns()
    {
        var document = JsonNode.Parse("""
            {"kind":"external","number":{"raw":"ชม ๐๐๑๘.๔/ว ๑๒๓๔"},"date":"2025-02-19","issuer":"สำนักงานจังหวัด","addressee":"นายอำเภอ","subject":"ขอเชิญประชุม",
             "receipts":[{"number":512}],
             "fields":{"number":{"start":0,"length":5,"confidence":0.9,"page":2},"date":{"start":0,"length":5,"confidence":0.8},
                       "issuer":{"start":0,"length":5,"confidence":0.9},"subject":{"start":0,"length":5,"confidence":1}}}
            """)!.AsObject();

        var row = RegistryRow.From(document, "a/b.pdf");

        row.Should().Equal("512", "ชม ๐๐๑๘.๔/ว ๑๒๓๔", "19 กุมภาพันธ์ 2568", "สำนักงานจังหวัด", "นายอำเภอ", "ขอเชิญประชุม", "", "", "a/b.pdf", "2", "0.80", "no");
    }

    [Fact]
    public void From_DocumentWithoutSubject_NeedsReview()
    {
        var document = JsonNode.Parse("""{"kind":"memo","date":"2025-02-19"}""")!.AsObject();

        var row = RegistryRow.From(document, "x.txt");

        row[^1].Should().Be("yes");
        row[7].Should().Contain("subject");
    }
}
