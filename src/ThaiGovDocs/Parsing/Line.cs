using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>One line of the text as the parser sees it: its trimmed extent and, if it starts with one, its label and value.</summary>
internal readonly record struct Line(int Index, TextSpan Span, LabelKind Label, TextSpan LabelSpan, TextSpan ValueSpan, bool Tolerant)
{
    /// <summary>An urgency or secrecy mark OCR put on the same line before the label (<c>ด่วนมาก บันทึกข้อความ</c>).</summary>
    public LabelKind Mark { get; init; }

    /// <summary>Where <see cref="Mark"/> was read.</summary>
    public TextSpan MarkSpan { get; init; }

    /// <summary>A line of text with no label: its value is all of it.</summary>
    public static Line Unlabeled(int index, TextSpan span) => new(index, span, LabelKind.None, default, span, false);

    public bool IsBlank => Span.Length == 0;

    public bool HasLabel => Label != LabelKind.None;
}
