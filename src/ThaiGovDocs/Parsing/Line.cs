using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>One line of the text as the parser sees it: its trimmed extent and, if it starts with one, its label and value.</summary>
internal readonly record struct Line(int Index, TextSpan Span, LabelKind Label, TextSpan LabelSpan, TextSpan ValueSpan, bool Tolerant)
{
    public bool IsBlank => Span.Length == 0;

    public bool HasLabel => Label != LabelKind.None;
}
