namespace ThaiGovDocs.Batch.Registry;

/// <summary>One line of <c>errors.jsonl</c>: an input that failed and why.</summary>
/// <param name="File">The input, relative to the input folder.</param>
/// <param name="Sha256">Its content hash, when it could be read.</param>
/// <param name="Kind">input, timeout, crash, memory, dependency or internal.</param>
/// <param name="Reason">One line naming the file and the reason.</param>
public sealed record ErrorRecord(string File, string? Sha256, string Kind, string Reason);
