using System.Globalization;
using System.Text;

namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>Parses PDF objects from bytes: numbers, strings, names, arrays, dictionaries, references and streams.</summary>
/// <remarks>Values: null, bool, long, double, PdfName, PdfString, PdfRef, List&lt;object?&gt;, Dictionary&lt;string, object?&gt;, PdfStream.</remarks>
internal sealed class PdfParser(ReadOnlyMemory<byte> data, Func<PdfRef, object?>? resolveLength = null)
{
    private const int MaxDepth = 64;
    private readonly ReadOnlyMemory<byte> data = data;

    /// <summary>Current read position.</summary>
    public int Position { get; set; }

    private ReadOnlySpan<byte> Span => data.Span;

    /// <summary>Reads "N G obj value [stream] endobj" at <see cref="Position"/>, returning the object number and the value.</summary>
    public (int Number, object? Value) ReadIndirectObject()
    {
        var number = ReadValue(0) as long? ?? throw new PdfFormatException($"expected an object number at offset {Position}");
        _ = ReadValue(0);
        SkipWhitespace();
        if (!TryKeyword("obj")) throw new PdfFormatException($"expected 'obj' at offset {Position}");
        var value = ReadValue(0);
        SkipWhitespace();
        if (value is Dictionary<string, object?> dict && TryKeyword("stream")) value = ReadStreamBody(dict);
        return ((int)number, value);
    }

    /// <summary>Reads one value (a reference "N G R" is recognised by look-ahead).</summary>
    public object? ReadValue(int depth)
    {
        if (depth > MaxDepth) throw new PdfFormatException("objects are nested too deeply");
        SkipWhitespace();
        if (Position >= Span.Length) throw new PdfFormatException("unexpected end of file");
        var c = Span[Position];
        switch (c)
        {
            case (byte)'/':
                return new PdfName(ReadName());
            case (byte)'(':
                return new PdfString(ReadLiteralString());
            case (byte)'[':
                {
                    Position++;
                    var list = new List<object?>();
                    while (true)
                    {
                        SkipWhitespace();
                        if (Position >= Span.Length) throw new PdfFormatException("unterminated array");
                        if (Span[Position] == (byte)']') { Position++; return list; }
                        list.Add(ReadValue(depth + 1));
                    }
                }

            case (byte)'<' when Position + 1 < Span.Length && Span[Position + 1] == (byte)'<':
                {
                    Position += 2;
                    var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                    while (true)
                    {
                        SkipWhitespace();
                        if (Position + 1 >= Span.Length) throw new PdfFormatException("unterminated dictionary");
                        if (Span[Position] == (byte)'>' && Span[Position + 1] == (byte)'>') { Position += 2; return dict; }
                        if (ReadValue(depth + 1) is not PdfName key) throw new PdfFormatException($"dictionary key is not a name at offset {Position}");
                        dict[key.Value] = ReadValue(depth + 1);
                    }
                }

            case (byte)'<':
                return new PdfString(ReadHexString());
            default:
                break;
        }

        if (c is (byte)'+' or (byte)'-' or (byte)'.' || char.IsAsciiDigit((char)c)) return ReadNumberOrReference();

        var word = ReadToken();
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => throw new PdfFormatException($"unexpected token '{Truncate(word)}' at offset {Position}"),
        };
    }

    private object ReadNumberOrReference()
    {
        var first = ReadNumber();
        if (first is not long n) return first;

        // Look ahead for "G R"; rewind when it is not a reference.
        var save = Position;
        SkipWhitespace();
        if (Position < Span.Length && char.IsAsciiDigit((char)Span[Position]))
        {
            var second = ReadNumber();
            SkipWhitespace();
            if (second is long g && Position < Span.Length && Span[Position] == (byte)'R' && IsDelimiterOrEnd(Position + 1))
            {
                Position++;
                return new PdfRef((int)Math.Clamp(n, 0, int.MaxValue), (int)Math.Clamp(g, 0, int.MaxValue));
            }
        }

        Position = save;
        return n;
    }

    private object ReadNumber()
    {
        var token = ReadToken();
        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw new PdfFormatException($"bad number '{Truncate(token)}' at offset {Position}");
    }

    private PdfStream ReadStreamBody(Dictionary<string, object?> dict)
    {
        // The keyword is followed by CRLF or LF (some writers emit a lone CR).
        if (Position < Span.Length && Span[Position] == (byte)'\r') Position++;
        if (Position < Span.Length && Span[Position] == (byte)'\n') Position++;
        var start = Position;

        var declared = dict.GetValueOrDefault("Length") switch
        {
            long l => l,
            PdfRef r when resolveLength is not null => resolveLength(r) as long? ?? -1,
            _ => -1,
        };

        int end;
        if (declared >= 0 && start + declared <= Span.Length && LooksLikeEndStream(start + (int)declared))
        {
            end = start + (int)declared;
        }
        else
        {
            // Wrong or missing /Length (common in damaged files): fall back to the endstream keyword.
            var found = Span[start..].IndexOf("endstream"u8);
            if (found < 0) throw new PdfFormatException($"stream at offset {start} has no 'endstream'");
            end = start + found;
            while (end > start && Span[end - 1] is (byte)'\n' or (byte)'\r') end--;
        }

        Position = end;
        var after = Span[end..].IndexOf("endstream"u8);
        Position = after >= 0 ? end + after + "endstream".Length : Span.Length;
        return new PdfStream(dict, data[start..end]);
    }

    private bool LooksLikeEndStream(int at)
    {
        var window = Span[at..Math.Min(Span.Length, at + 32)];
        return window.IndexOf("endstream"u8) >= 0;
    }

    private string ReadName()
    {
        Position++;
        var sb = new StringBuilder();
        while (Position < Span.Length && !IsDelimiterOrWhite(Span[Position]))
        {
            var c = Span[Position++];
            if (c == (byte)'#' && Position + 1 < Span.Length && IsHex(Span[Position]) && IsHex(Span[Position + 1]))
            {
                c = (byte)((HexValue(Span[Position]) << 4) | HexValue(Span[Position + 1]));
                Position += 2;
            }

            sb.Append((char)c);
        }

        return sb.ToString();
    }

    private byte[] ReadLiteralString()
    {
        Position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (Position < Span.Length)
        {
            var c = Span[Position++];
            if (c == (byte)'\\' && Position < Span.Length)
            {
                var e = Span[Position++];
                switch (e)
                {
                    case (byte)'n': bytes.Add((byte)'\n'); break;
                    case (byte)'r': bytes.Add((byte)'\r'); break;
                    case (byte)'t': bytes.Add((byte)'\t'); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r': if (Position < Span.Length && Span[Position] == (byte)'\n') Position++; break;
                    case (byte)'\n': break;
                    case >= (byte)'0' and <= (byte)'7':
                        {
                            var v = e - '0';
                            for (var i = 0; i < 2 && Position < Span.Length && Span[Position] is >= (byte)'0' and <= (byte)'7'; i++) v = (v * 8) + (Span[Position++] - '0');
                            bytes.Add((byte)v);
                            break;
                        }

                    default: bytes.Add(e); break;
                }
            }
            else if (c == (byte)'(') { depth++; bytes.Add(c); }
            else if (c == (byte)')') { if (--depth == 0) return [.. bytes]; bytes.Add(c); }
            else bytes.Add(c);
        }

        throw new PdfFormatException("unterminated string");
    }

    private byte[] ReadHexString()
    {
        Position++;
        var bytes = new List<byte>();
        int? high = null;
        while (Position < Span.Length)
        {
            var c = Span[Position++];
            if (c == (byte)'>')
            {
                if (high is { } h) bytes.Add((byte)(h << 4));
                return [.. bytes];
            }

            if (!IsHex(c)) continue;
            if (high is { } hi) { bytes.Add((byte)((hi << 4) | HexValue(c))); high = null; }
            else high = HexValue(c);
        }

        throw new PdfFormatException("unterminated hex string");
    }

    private string ReadToken()
    {
        var start = Position;
        while (Position < Span.Length && !IsDelimiterOrWhite(Span[Position])) Position++;
        if (Position == start) { Position++; return ((char)Span[start]).ToString(); }
        return Encoding.Latin1.GetString(Span[start..Position]);
    }

    private bool TryKeyword(string keyword)
    {
        var k = Encoding.ASCII.GetBytes(keyword);
        if (Position + k.Length > Span.Length || !Span.Slice(Position, k.Length).SequenceEqual(k) || !IsDelimiterOrEnd(Position + k.Length)) return false;
        Position += k.Length;
        return true;
    }

    /// <summary>Skips white space and comments.</summary>
    public void SkipWhitespace()
    {
        while (Position < Span.Length)
        {
            var c = Span[Position];
            if (IsWhite(c)) { Position++; continue; }
            if (c == (byte)'%')
            {
                while (Position < Span.Length && Span[Position] is not ((byte)'\n' or (byte)'\r')) Position++;
                continue;
            }

            break;
        }
    }

    private bool IsDelimiterOrEnd(int at) => at >= Span.Length || IsDelimiterOrWhite(Span[at]);

    private static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiterOrWhite(byte c) => IsWhite(c) || c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsHex(byte c) => char.IsAsciiHexDigit((char)c);

    private static int HexValue(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string Truncate(string s) => s.Length > 20 ? s[..20] + "…" : s;
}
