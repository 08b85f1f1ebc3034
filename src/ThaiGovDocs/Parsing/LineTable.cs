using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>The lines of a text, built once from <see cref="LetterTokenizer"/>, with the text they index.</summary>
/// <remarks>The lines live in a pooled array (a bundle's table is tens of kilobytes that no result keeps): the parser gives it
/// back with <see cref="Release"/> once the documents are built.</remarks>
internal sealed class LineTable
{
    private readonly int _count;
    private Line[] _lines;

    // A string, or the pooled buffer the parser wrote the repaired text into (see LetterParser.Parse). Kept as two fields
    // rather than a ReadOnlyMemory, whose Span tests the type of what it holds on every read: TextOf runs about twice per
    // line of a bundle.
    private readonly string? _string;
    private readonly char[]? _chars;
    private readonly int _start;
    private readonly int _length;

    private LineTable(ReadOnlyMemory<char> text, Line[] lines, int count)
    {
        if (MemoryMarshal.TryGetString(text, out var whole, out _start, out _length))
        {
            _string = whole;
        }
        else if (MemoryMarshal.TryGetArray(text, out var segment))
        {
            (_chars, _start, _length) = (segment.Array, segment.Offset, segment.Count);
        }
        else
        {
            (_chars, _start, _length) = (text.ToArray(), 0, text.Length);
        }

        _lines = lines;
        _count = count;
    }

    public ReadOnlySpan<char> Text
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _string is not null ? _string.AsSpan(_start, _length) : new ReadOnlySpan<char>(_chars, _start, _length);
    }

    public int Count => _count;

    public ref readonly Line this[int index]
    {
        get
        {
            // The pooled array is longer than the table: what lies past Count belongs to nobody.
            if ((uint)index >= (uint)_count)
            {
                ThrowLineOutOfRange(index);
            }

            return ref _lines[index];
        }
    }

    /// <summary>Gives the lines back to the pool; the table must not be read afterwards (it then reads as out of range).</summary>
    public void Release()
    {
        var lines = _lines;
        _lines = [];
        if (lines.Length > 0)
        {
            ArrayPool<Line>.Shared.Return(lines);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TextOf(TextSpan span) => Text.Slice(span.Start, span.Length);

    public ReadOnlySpan<char> TextOf(in Line line) => TextOf(line.Span);

    public ReadOnlySpan<char> ValueOf(in Line line) => TextOf(line.ValueSpan);

    public string StringOf(TextSpan span) => TextOf(span).ToString();

    private const int EstimatedLineLength = 32;

    public static LineTable Build(string text) => Build(text.AsMemory());

    /// <summary>The lines of <paramref name="memory"/>, which must stay unchanged while the table is read.</summary>
    public static LineTable Build(ReadOnlyMemory<char> memory)
    {
        var text = memory.Span;
        // The tokenizer yields one line per text line. Sized for lines of 32 characters (letters average 50) rather than
        // counted: a count is one more pass over the whole text; shorter lines only cost a copy into a larger pooled array.
        var pool = ArrayPool<Line>.Shared;
        var lines = pool.Rent((text.Length / EstimatedLineLength) + 16);
        int count = 0;
        var tokenizer = new LetterTokenizer(text);
        while (tokenizer.Read())
        {
            if (count == lines.Length)
            {
                var larger = pool.Rent(lines.Length * 2);
                lines.AsSpan(0, count).CopyTo(larger);
                pool.Return(lines);
                lines = larger;
            }

            switch (tokenizer.Kind)
            {
                case TokenKind.BlankLine:
                    lines[count] = new Line(count, new TextSpan(tokenizer.Start, 0), LabelKind.None, default, default, false);
                    count++;
                    break;
                case TokenKind.Text:
                    lines[count] = Line.Unlabeled(count, tokenizer.Span);
                    count++;
                    break;
                case TokenKind.Label:
                    var label = tokenizer.Label;
                    var labelSpan = tokenizer.Span;
                    bool tolerant = tokenizer.IsTolerant;
                    tokenizer.Read();
                    var value = tokenizer.Span;
                    var whole = TextSpan.FromBounds(labelSpan.Start, Math.Max(value.End, labelSpan.End));
                    lines[count] = new Line(count, whole, label, labelSpan, value, tolerant);
                    count++;
                    break;
            }
        }

        var used = lines.AsSpan(0, count);
        WrappedLabels.Demote(text, used);
        AttachDetachedValues(used);
        OcrLabelRecovery.Recover(text, used);
        return new LineTable(memory, lines, count);
    }

    [DoesNotReturn]
    private static void ThrowLineOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "No such line in the table.");

    /// <summary>Labels whose one-line value OCR sometimes moves below them, after blank lines ("ที่\n\nมท ๐๘๑๐.๒/ว ๒๓๕๑").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TakesDetachedValue(LabelKind label) => label is LabelKind.Number or LabelKind.Date or LabelKind.Unit
        or LabelKind.ReceiptNumber or LabelKind.Time or LabelKind.Source or LabelKind.IssuedOn
        or LabelKind.Phone or LabelKind.Fax or LabelKind.PhoneAndFax or LabelKind.Email;

    private const int MaxBlankLinesBeforeValue = 2;

    /// <summary>Joins a label with an empty value to the plain line just below it, which then reads as blank.</summary>
    private static void AttachDetachedValues(Span<Line> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            ref var line = ref lines[i];
            if (!TakesDetachedValue(line.Label) || line.ValueSpan.Length > 0)
            {
                continue;
            }

            for (int j = i + 1; j < lines.Length && j - i <= MaxBlankLinesBeforeValue + 1; j++)
            {
                if (lines[j].IsBlank)
                {
                    continue;
                }

                if (!lines[j].HasLabel)
                {
                    line = line with { ValueSpan = lines[j].Span, Span = line.Span.Union(lines[j].Span), Tolerant = true };
                    lines[j] = lines[j] with { Span = new TextSpan(lines[j].Span.Start, 0), ValueSpan = default };
                }

                break;
            }
        }
    }
}
