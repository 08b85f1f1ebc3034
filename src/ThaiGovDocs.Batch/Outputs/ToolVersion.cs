using System.Reflection;

namespace ThaiGovDocs.Batch.Outputs;

/// <summary>The version written into provenance: <c>thaigovdocs 0.1.0</c> (without the source-control suffix).</summary>
internal static class ToolVersion
{
    public static string Current { get; } = "thaigovdocs " + Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
