using ThaiGovDocs.Text;

namespace ThaiGovDocs;

/// <summary>
/// A text field whose value is lines of the repaired text joined with newlines, written out when first read: a body is
/// most of a letter's text, and a result whose bodies nobody reads should not have copied them. Equal to another when
/// their fields are equal, however each was made.
/// </summary>
internal sealed class DeferredTextField : IEquatable<DeferredTextField>
{
    private readonly RepairedText? _text;

    // Stretches of the text to join with newlines; lines that a newline already joins in the text share one stretch.
    private readonly TextSpan[] _runs = [];
    private readonly TextSpan _span;
    private readonly float _confidence;
    private string? _value;

    /// <summary>A field whose value is already a string.</summary>
    public DeferredTextField(Field<string> field)
    {
        _value = field.Value;
        _span = field.Span;
        _confidence = field.Confidence;
    }

    /// <summary>The lines <paramref name="lines"/> of <paramref name="text"/> joined with newlines, when first read.</summary>
    /// <param name="text">The repaired text the lines index, kept to write the value from.</param>
    /// <param name="characters">The same text's characters as the parser reads them (the string may not be made yet).</param>
    /// <param name="lines">The lines, in order.</param>
    /// <param name="confidence">The field's confidence.</param>
    public DeferredTextField(RepairedText text, ReadOnlySpan<char> characters, List<TextSpan> lines, float confidence)
    {
        _text = text;
        _runs = Runs(characters, lines);
        _span = TextSpan.FromBounds(lines[0].Start, lines[^1].End);
        _confidence = confidence;
    }

    public Field<string> Field => new(_value ?? WriteOut(), _span, _confidence);

    public bool Equals(DeferredTextField? other) => other is not null && Field == other.Field;

    public override bool Equals(object? obj) => Equals(obj as DeferredTextField);

    public override int GetHashCode() => Field.GetHashCode();

    /// <summary>
    /// The lines as stretches of the text: a line that starts just after the newline ending the one before continues its
    /// stretch (joining them with a newline gives the text between them), so a typed paragraph is one stretch.
    /// </summary>
    private static TextSpan[] Runs(ReadOnlySpan<char> text, List<TextSpan> lines)
    {
        int count = 1;
        for (int k = 1; k < lines.Count; k++)
        {
            if (!Continues(text, lines[k - 1], lines[k]))
            {
                count++;
            }
        }

        var runs = new TextSpan[count];
        int run = 0;
        runs[0] = lines[0];
        for (int k = 1; k < lines.Count; k++)
        {
            if (Continues(text, lines[k - 1], lines[k]))
            {
                runs[run] = TextSpan.FromBounds(runs[run].Start, lines[k].End);
            }
            else
            {
                runs[++run] = lines[k];
            }
        }

        return runs;
    }

    private static bool Continues(ReadOnlySpan<char> text, TextSpan previous, TextSpan line) =>
        line.Start == previous.End + 1 && text[previous.End] == '\n';

    private string WriteOut()
    {
        int length = _runs.Length - 1;
        foreach (var run in _runs)
        {
            length += run.Length;
        }

        var value = string.Create(length, this, static (destination, field) =>
        {
            int at = 0;
            for (int k = 0; k < field._runs.Length; k++)
            {
                if (k > 0)
                {
                    destination[at++] = '\n';
                }

                var run = field._runs[k];
                field._text!.CopyTo(run, destination.Slice(at, run.Length));
                at += run.Length;
            }
        });

        // Two threads may both write it out: one string wins and is the only one ever returned.
        return Interlocked.CompareExchange(ref _value, value, null) ?? value;
    }
}
