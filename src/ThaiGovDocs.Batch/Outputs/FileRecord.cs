using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThaiGovDocs.Batch.Outputs;

/// <summary>The per-file JSON: the contract with a <c>provenance</c> object first.</summary>
internal static class FileRecord
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compose(string contractJson, Provenance provenance)
    {
        var contract = JsonNode.Parse(contractJson)!.AsObject();
        var record = new JsonObject { ["provenance"] = JsonSerializer.SerializeToNode(provenance, BatchJsonContext.Default.Provenance) };
        foreach (var (name, value) in contract.ToArray())
        {
            contract.Remove(name);
            record[name] = value;
        }

        return record.ToJsonString(Indented) + "\n";
    }

    /// <summary>Reads a record written by <see cref="Compose"/>; null when missing or unreadable (treated as not done).</summary>
    public static JsonObject? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))?.AsObject() : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static Provenance? ProvenanceOf(JsonObject record)
    {
        try
        {
            return record["provenance"] is JsonObject p ? p.Deserialize(BatchJsonContext.Default.Provenance) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string ToLine(JsonNode node) => node.ToJsonString(Compact);
}
