using System.Collections.Immutable;
using ThaiGovDocs.Text;

namespace ThaiGovDocs;

/// <summary>What <see cref="LetterParser.Parse(string)"/> read from a text.</summary>
public sealed record ParseResult
{
    /// <summary>The text after Thai repairs; every span in the result refers to it.</summary>
    public required RepairedText Text { get; init; }

    /// <summary>The documents, in reading order.</summary>
    public ImmutableArray<LetterDocument> Documents { get; init; } = [];

    /// <summary>Diagnostics that concern the text as a whole (segmentation); the repairer's own are in <see cref="RepairedText.Diagnostics"/>, with spans in the original text.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
