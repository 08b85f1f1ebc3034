using System.Text.Json.Serialization;
using ThaiGovDocs.Batch.Outputs;
using ThaiGovDocs.Batch.Registry;
using ThaiGovDocs.Batch.Workers;

namespace ThaiGovDocs.Batch;

/// <summary>Source-generated JSON for the worker protocol and the batch's own records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerResponse))]
[JsonSerializable(typeof(Provenance))]
[JsonSerializable(typeof(ErrorRecord))]
internal sealed partial class BatchJsonContext : JsonSerializerContext;
