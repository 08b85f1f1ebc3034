using System.Text.Json.Serialization;

namespace ThaiGovDocs.Json;

/// <summary>Source-generated System.Text.Json metadata for the contract types: no reflection, trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ContractDocumentSet))]
internal sealed partial class LetterJsonContext : JsonSerializerContext;
