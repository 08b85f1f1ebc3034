using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThaiGovDocs.Batch.Inputs;
using ThaiGovDocs.Batch.Outputs;

namespace ThaiGovDocs.Batch.Registry;

/// <summary>The run's files — registry CSV, documents JSONL, errors JSONL — rebuilt from the per-file records at the end, each written atomically.</summary>
internal static class RunIndex
{
    public static void Write(OutputLayout layout, IReadOnlyList<BatchInput> inputs, IReadOnlyDictionary<string, BatchItemResult> results)
    {
        var registry = new StringBuilder();
        Csv.AppendRow(registry, RegistryRow.Header);
        var documents = new StringBuilder();
        var errors = new StringBuilder();

        foreach (var input in inputs)
        {
            if (!results.TryGetValue(input.RelativePath, out var result)) continue;
            if (result.Status == BatchItemStatus.Failed)
            {
                var error = new ErrorRecord(input.RelativePath, result.Sha256, JsonNamingPolicy.CamelCase.ConvertName(result.Failure?.ToString() ?? "Internal"), result.Reason ?? "unknown");
                errors.Append(JsonSerializer.Serialize(error, BatchJsonContext.Default.ErrorRecord)).Append('\n');
                continue;
            }

            var record = FileRecord.TryRead(layout.Json(input));
            if (record is null || FileRecord.ProvenanceOf(record) is not { } provenance || provenance.Sha256 != result.Sha256) continue;
            var index = 0;
            foreach (var node in record["documents"] as JsonArray ?? [])
            {
                if (node is not JsonObject document) continue;
                Csv.AppendRow(registry, RegistryRow.From(document, input.RelativePath));
                var line = new JsonObject
                {
                    ["file"] = input.RelativePath,
                    ["sha256"] = provenance.Sha256,
                    ["index"] = index++,
                    ["textSource"] = provenance.TextSource,
                    ["document"] = document.DeepClone(),
                };
                documents.Append(FileRecord.ToLine(line)).Append('\n');
            }
        }

        // Excel opens UTF-8 CSV as Thai only with a byte-order mark.
        AtomicWriter.WriteText(layout.Registry, registry.ToString(), layout.NewTempPath(".csv"), byteOrderMark: true);
        AtomicWriter.WriteText(layout.Documents, documents.ToString(), layout.NewTempPath(".jsonl"));
        AtomicWriter.WriteText(layout.Errors, errors.ToString(), layout.NewTempPath(".jsonl"));
    }
}
