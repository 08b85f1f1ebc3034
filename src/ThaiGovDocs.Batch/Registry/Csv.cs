using System.Text;

namespace ThaiGovDocs.Batch.Registry;

/// <summary>RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; lines end with CRLF.</summary>
internal static class Csv
{
    public static void AppendRow(StringBuilder builder, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) builder.Append(',');
            first = false;
            var value = field ?? "";
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(value);
            }
        }

        builder.Append("\r\n");
    }
}
