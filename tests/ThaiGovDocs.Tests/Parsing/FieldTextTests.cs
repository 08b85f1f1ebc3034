using System.Text;
using ThaiGovDocs.Parsing;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class FieldTextTests
{
    [Theory]
    [InlineData("  นาย   สมชาย  ", "นาย สมชาย")]
    [InlineData("ผู้อำนวยการ\tกอง", "ผู้อำนวยการ กอง")]
    [InlineData("a b", "a b")]
    [InlineData("บรรทัด\nต่อ", "บรรทัด\nต่อ")]
    [InlineData("บรรทัด \nต่อ", "บรรทัด \nต่อ")]
    [InlineData("บรรทัด  \nต่อ", "บรรทัด ต่อ")]
    [InlineData("ก\u00A0ข\u200Bค\u3000ง", "ก ข ค ง")]
    public void Collapse_turns_runs_of_white_space_into_one_space(string text, string expected) =>
        Assert.Equal(expected, FieldText.Collapse(text));

    /// <summary>The vectorised check for "nothing to collapse" must agree with the character-by-character rule.</summary>
    [Fact]
    public void Collapse_matches_the_reference_on_random_text()
    {
        var random = new Random(20261121);
        const string alphabet = "กขคนาิ่ ้ \t\n\r\v\f\u00A0\u200B\u3000ab.";
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 600)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(Reference(text), FieldText.Collapse(text));
        }
    }

    [Fact]
    public void CollapseJoined_equals_collapse_of_the_joined_parts()
    {
        var lines = LineTable.Build("  กอง  คลัง \n\n   \nสำนัก\tงาน  ");
        var parts = new List<TextSpan> { new(0, 12), new(13, 0), new(14, 3), new(18, 11) };
        var texts = parts.Select(lines.StringOf).ToList();
        Assert.Equal(Reference(string.Join(' ', texts)), FieldText.CollapseJoined(lines, parts));
        Assert.Equal(
            Reference(string.Join(' ', texts.Select(t => t.Trim()).Where(t => t.Length > 0))),
            FieldText.CollapseJoined(lines, parts, trimParts: true));
    }

    /// <summary>The rule as first written, character by character.</summary>
    private static string Reference(string value)
    {
        var text = value.AsSpan().Trim();
        int i = 0;
        while (i < text.Length && !(ThaiChars.IsInlineSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && ThaiChars.IsInlineSpace(text[i + 1])))))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (ThaiChars.IsInlineSpace(c) || c == '\n')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
