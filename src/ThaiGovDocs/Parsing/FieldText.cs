using System.Text;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Parsing;

/// <summary>Tidies the text of a field: runs of white space (OCR column gaps, joined lines) become one space.</summary>
internal static class FieldText
{
    public static string Collapse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
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
