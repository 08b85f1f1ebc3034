using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tokenization;

/// <summary>
/// A forward-only reader over the text of a letter that yields one token per blank or plain line and a
/// <see cref="TokenKind.Label"/> + <see cref="TokenKind.Value"/> pair per labelled line, each with its offsets.
/// </summary>
/// <remarks>
/// Like <c>Utf8JsonReader</c>, it is a <c>ref struct</c> over a span and allocates nothing: tokens are offsets into the
/// text. Labels are matched at the start of a line after white space and stray bullets (<c>-</c>, <c>•</c>), tolerating
/// dropped tone marks (<c>ที</c> for <c>ที่</c>).
/// </remarks>
public ref struct LetterTokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private int _nextLineStart;
    private int _pendingValueStart;
    private int _pendingValueEnd;
    private bool _valuePending;

    // Line breaks of the block of characters last scanned (bit k: _text[_blockStart + k] is '\n'). Lines are about 50
    // characters: a short line's end is read from the bits of the block its predecessor's search loaded, and the search
    // is a vector compare per block instead of a call to IndexOf per line (about 30 % of the tokenizer's time).
    private ulong _newlines;
    private int _blockStart;
    private int _blockLength;

    /// <summary>Creates a tokenizer over <paramref name="text"/>.</summary>
    public LetterTokenizer(ReadOnlySpan<char> text)
    {
        _text = text;
        LineNumber = -1;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>For <see cref="TokenKind.Label"/> and <see cref="TokenKind.Value"/> tokens, the label of the line.</summary>
    public LabelKind Label { get; private set; }

    /// <summary>Whether the label needed tolerance (a dropped tone mark or a stray bullet before it).</summary>
    public bool IsTolerant { get; private set; }

    /// <summary>Offset of the current token in the text.</summary>
    public int Start { get; private set; }

    /// <summary>Length of the current token.</summary>
    public int Length { get; private set; }

    /// <summary>Zero-based number of the line the current token is on.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Offset of the start of the current line (before any indentation).</summary>
    public int LineStart { get; private set; }

    /// <summary>The span of the current token.</summary>
    public readonly TextSpan Span => new(Start, Length);

    /// <summary>The characters of the current token.</summary>
    public readonly ReadOnlySpan<char> ValueSpan => _text.Slice(Start, Length);

    /// <summary>Advances to the next token.</summary>
    /// <returns>False at the end of the text.</returns>
    public bool Read()
    {
        if (_valuePending)
        {
            _valuePending = false;
            Kind = TokenKind.Value;
            Start = _pendingValueStart;
            Length = _pendingValueEnd - _pendingValueStart;
            return true;
        }

        if (_nextLineStart > _text.Length)
        {
            Kind = TokenKind.None;
            return false;
        }

        int lineStart = _nextLineStart;
        int newline = NextNewline(lineStart);
        int lineEnd = newline < 0 ? _text.Length : newline;
        _nextLineStart = lineEnd + 1;
        LineStart = lineStart;
        LineNumber++;
        ReadLine(lineStart, lineEnd);
        return true;
    }

    /// <summary>The index of the first '\n' at or after <paramref name="from"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextNewline(int from)
    {
        int offset = from - _blockStart;
        if ((uint)offset < (uint)_blockLength)
        {
            ulong rest = _newlines >> offset;
            if (rest != 0)
            {
                return from + BitOperations.TrailingZeroCount(rest);
            }

            from = _blockStart + _blockLength;
        }

        return FindNewline(from);
    }

    /// <summary>Scans block by block from <paramref name="from"/> and keeps the bits of the block holding the break.</summary>
    private int FindNewline(int from)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(_text));
        if (Vector512.IsHardwareAccelerated)
        {
            var newline = Vector512.Create((ushort)'\n');
            for (; from <= _text.Length - Vector512<ushort>.Count; from += Vector512<ushort>.Count)
            {
                ulong bits = Vector512.Equals(Vector512.LoadUnsafe(ref start, (nuint)from), newline).ExtractMostSignificantBits();
                if (bits != 0)
                {
                    return Keep(from, Vector512<ushort>.Count, bits);
                }
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var newline = Vector256.Create((ushort)'\n');
            for (; from <= _text.Length - Vector256<ushort>.Count; from += Vector256<ushort>.Count)
            {
                ulong bits = Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)from), newline).ExtractMostSignificantBits();
                if (bits != 0)
                {
                    return Keep(from, Vector256<ushort>.Count, bits);
                }
            }
        }

        _blockLength = 0;
        int found = _text[from..].IndexOf('\n');
        return found < 0 ? -1 : from + found;
    }

    private int Keep(int blockStart, int blockLength, ulong bits)
    {
        _blockStart = blockStart;
        _blockLength = blockLength;
        _newlines = bits;
        return blockStart + BitOperations.TrailingZeroCount(bits);
    }

    private void ReadLine(int lineStart, int lineEnd)
    {
        int start = SkipSpaces(lineStart, lineEnd);
        int end = TrimEnd(start, lineEnd);
        Label = LabelKind.None;
        IsTolerant = false;
        if (start == end)
        {
            Kind = TokenKind.BlankLine;
            Start = lineStart;
            Length = lineEnd - lineStart;
            return;
        }

        int labelStart = SkipBullets(start, end);
        var line = _text[labelStart..end];
        // Match rules out a line whose first character starts no label with one table lookup.
        var label = LabelMatcher.Match(line, out int labelLength, out bool tolerant);
        if (label != LabelKind.None)
        {
            Kind = TokenKind.Label;
            Label = label;
            IsTolerant = tolerant || labelStart != start;
            Start = labelStart;
            Length = labelLength;
            _pendingValueStart = SkipSeparators(labelStart + labelLength, end);
            _pendingValueEnd = end;
            _valuePending = true;
            return;
        }

        Kind = TokenKind.Text;
        Start = start;
        Length = end - start;
    }

    private readonly int SkipSpaces(int i, int end)
    {
        while (i < end && ThaiChars.IsInlineSpace(_text[i]))
        {
            i++;
        }

        return i;
    }

    private readonly int TrimEnd(int start, int end)
    {
        while (end > start && ThaiChars.IsInlineSpace(_text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Skips a stray bullet or dash before a label (<c>- สิ่งที่ส่งมาด้วย</c>); only when something follows it.</summary>
    private readonly int SkipBullets(int i, int end)
    {
        int j = i;
        while (j < end && IsBullet(_text[j]))
        {
            j++;
        }

        return j == i ? i : SkipSpaces(j, end) is var k && k < end ? k : i;
    }

    /// <summary>Skips what separates a label from its value: white space, colons and leader dots.</summary>
    private readonly int SkipSeparators(int i, int end)
    {
        while (i < end && IsSeparator(_text[i]))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBullet(char c) => c is '-' or '–' or '—' or '•' or '*' or '·' or '>' or '○' or '●';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) => ThaiChars.IsInlineSpace(c) || c is ':' or '.' or '…' or '：';
}
