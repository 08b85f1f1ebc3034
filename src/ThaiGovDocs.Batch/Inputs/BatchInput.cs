namespace ThaiGovDocs.Batch.Inputs;

/// <summary>One file of the input folder.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="RelativePath">Path under the input folder with '/' separators: names the outputs and decides the shard.</param>
/// <param name="Kind">Text or scan.</param>
public sealed record BatchInput(string FullPath, string RelativePath, InputKind Kind);
