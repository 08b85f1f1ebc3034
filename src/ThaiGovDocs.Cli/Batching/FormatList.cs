using ThaiGovDocs.Batch;

namespace ThaiGovDocs.Cli.Batching;

/// <summary>Parses <c>--formats json,text,pdf</c>.</summary>
internal static class FormatList
{
    public static BatchFormats Parse(string text)
    {
        var formats = BatchFormats.Json;
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= name.ToLowerInvariant() switch
            {
                "json" => BatchFormats.Json,
                "text" or "txt" => BatchFormats.Text,
                "pdf" => BatchFormats.Pdf,
                _ => throw new FormatException($"--formats: unknown format '{name}' (use json, text, pdf)"),
            };
        }

        return formats;
    }
}
