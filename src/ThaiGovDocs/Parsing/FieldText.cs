using System.Buffers;
using System.Runtime.CompilerServices;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Parsing;

/// <summary>Tidies the text of a field: runs of white space (OCR column gaps, joined lines) become one space.</summary>
internal static class FieldText
{
    // Fields are short: collapse them on the stack; longer ones (bodies of items) borrow a pooled buffer.
    private const int StackChars = 256;

    public static string Collapse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (CollapseSites.Next(text, 0) == text.Length)
        {
            return text.ToString();
        }

        // Collapsing only shortens the text, so a buffer of its length is enough; the result is the one allocation.
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (ThaiChars.IsInlineSpace(c) || c == '\n')
            {
                space = true;
                continue;
            }

            if (space && length > 0)
            {
                buffer[length++] = ' ';
            }

            space = false;
            buffer[length++] = c;
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// <see cref="Collapse"/> of <paramref name="parts"/> joined with spaces (none where <see cref="WrapJoin"/> finds the
    /// two words meet without one elsewhere in the text), without the joined string in between.
    /// With <paramref name="trimParts"/>, each part is trimmed and empty parts are left out before joining.
    /// </summary>
    public static string CollapseJoined(LineTable lines, List<TextSpan> parts, bool trimParts = false)
    {
        int capacity = parts.Count;
        foreach (var part in parts)
        {
            capacity += part.Length;
        }

        char[]? rented = null;
        Span<char> joined = capacity <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        int length = 0;
        for (int k = 0; k < parts.Count; k++)
        {
            var text = lines.TextOf(parts[k]);
            if (trimParts)
            {
                text = text.Trim();
                if (text.IsEmpty)
                {
                    continue;
                }
            }

            if ((length > 0 || (!trimParts && k > 0)) && !WrapJoin.WithoutSpace(WrapJoin.EvidenceAround(lines.Text, parts[k].Start), joined[..length], text))
            {
                joined[length++] = ' ';
            }

            text.CopyTo(joined[length..]);
            length += text.Length;
        }

        var result = Collapse(joined[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Where collapsing changes the text: a white space other than a plain space, or a space after a space. Found a vector
    /// of characters at a time; most fields have none and are returned as they are.
    /// </summary>
    private readonly struct CollapseSites : IPairRule
    {
        public static int Next(ReadOnlySpan<char> text, int from) => PairScanner.Next<CollapseSites>(text, from);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsHit(char previous, char c) =>
            (ThaiChars.IsInlineSpace(c) && c != ' ') || (c == ' ' && previous == ' ');

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TLanes Hits<TLanes>(TLanes previous, TLanes c)
            where TLanes : struct, ILanes<TLanes> =>
            TLanes.Is(c, '\t') | TLanes.InRange(c, '\v', '\r') | TLanes.Is(c, '\u00A0') | TLanes.Is(c, '\u200B') | TLanes.Is(c, '\u3000')
            | (TLanes.Is(c, ' ') & TLanes.Is(previous, ' '));
    }
}
