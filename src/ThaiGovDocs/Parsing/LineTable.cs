using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>The lines of a text, built once from <see cref="LetterTokenizer"/>, with the text they index.</summary>
internal sealed class LineTable
{
    private readonly Line[] _lines;

    private LineTable(string text, Line[] lines)
    {
        Text = text;
        _lines = lines;
    }

    public string Text { get; }

    public int Count => _lines.Length;

    public ref readonly Line this[int index] => ref _lines[index];

    public ReadOnlySpan<char> TextOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> TextOf(in Line line) => TextOf(line.Span);

    public ReadOnlySpan<char> ValueOf(in Line line) => TextOf(line.ValueSpan);

    public string StringOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public static LineTable Build(string text)
    {
        var lines = new List<Line>(text.Length / 40 + 1);
        var tokenizer = new LetterTokenizer(text);
        while (tokenizer.Read())
        {
            switch (tokenizer.Kind)
            {
                case TokenKind.BlankLine:
                    lines.Add(new Line(lines.Count, new TextSpan(tokenizer.Start, 0), LabelKind.None, default, default, false));
                    break;
                case TokenKind.Text:
                    lines.Add(new Line(lines.Count, tokenizer.Span, LabelKind.None, default, tokenizer.Span, false));
                    break;
                case TokenKind.Label:
                    var label = tokenizer.Label;
                    var labelSpan = tokenizer.Span;
                    bool tolerant = tokenizer.IsTolerant;
                    tokenizer.Read();
                    var value = tokenizer.Span;
                    var whole = TextSpan.FromBounds(labelSpan.Start, Math.Max(value.End, labelSpan.End));
                    lines.Add(new Line(lines.Count, whole, label, labelSpan, value, tolerant));
                    break;
            }
        }

        return new LineTable(text, [.. lines]);
    }
}
