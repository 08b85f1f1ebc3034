using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Json;

/// <summary>Writes parse results as the JSON contract.</summary>
public static class LetterJson
{
    // Thai must come out as Thai, not \uXXXX; the output is a data file, never inlined into HTML, so relaxed escaping is safe.
    private static readonly LetterJsonContext Context = new(new JsonSerializerOptions(LetterJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Converts a parse result to the contract's shape.</summary>
    /// <param name="result">What the parser read.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    /// <param name="textSource">Where the text came from (<c>text</c>, <c>ocr</c>, <c>pdf-text</c>).</param>
    /// <param name="locator">Maps spans of the original text to pages and boxes, for scans; null for text input.</param>
    /// <param name="textSourceAt">For inputs whose pages came from different sources: the source of the text at an offset of the original text.</param>
    public static ContractDocumentSet ToContract(
        ParseResult result, string? source = null, string textSource = "text", ISourceLocator? locator = null, Func<int, string>? textSourceAt = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mapper = new ContractMapper(result.Text, textSourceAt ?? (_ => textSource), locator);
        return new ContractDocumentSet
        {
            Source = source,
            Documents = [.. result.Documents.Select(mapper.Map)],
            Diagnostics = result.Diagnostics.IsEmpty && result.Text.Diagnostics.Count == 0
                ? null
                : [.. result.Text.Diagnostics.Select(ContractMapper.MapOriginal), .. result.Diagnostics.Select(d => ContractMapper.Map(result.Text, d))],
        };
    }

    /// <summary>Serialises a contract object to indented UTF-8 JSON text.</summary>
    public static string Serialize(ContractDocumentSet set) => JsonSerializer.Serialize(set, Context.ContractDocumentSet);

    /// <summary>Serialises a contract object to a stream as UTF-8.</summary>
    public static void Serialize(Stream stream, ContractDocumentSet set) => JsonSerializer.Serialize(stream, set, Context.ContractDocumentSet);

    /// <summary>Reads a contract document set back (for tools and tests).</summary>
    public static ContractDocumentSet? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.ContractDocumentSet);

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Iso(TimeOnly time, bool seconds) => time.ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The contract's camelCase name of an enum value.</summary>
    internal static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private sealed class ContractMapper(RepairedText text, Func<int, string> textSourceAt, ISourceLocator? locator)
    {
        public ContractDocument Map(LetterDocument d)
        {
            var fields = new Dictionary<string, ContractFieldSource>(StringComparer.Ordinal);
            void Note<T>(string name, Field<T>? field)
            {
                if (field is { } f)
                {
                    fields[name] = Source(f.Span, f.Confidence);
                }
            }

            Note("urgency", d.Urgency);
            Note("secrecy", d.Secrecy);
            if (d.Number is { } n)
            {
                fields["number"] = Source(n.Span, n.Confidence);
            }

            Note("date", d.Date);
            Note("issuer", d.Issuer);
            Note("subject", d.Subject);
            Note("salutation", d.Salutation);
            Note("addressee", d.Addressee);
            Note("closing", d.Closing);
            Note("owner", d.Owner);
            Note("body", d.Body);
            if (d.Signatory is { } s)
            {
                Note<string>("signatory.name", s.Name);
                Note("signatory.rank", s.Rank);
                Note("signatory.actingFor", s.ActingFor);
            }

            return new ContractDocument
            {
                Kind = Name(d.Kind),
                Urgency = d.Urgency is { } u ? Name(u.Value) : null,
                Secrecy = d.Secrecy is { } sc ? Name(sc.Value) : null,
                Number = MapNumber(d.Number),
                Date = d.Date?.Value.ToIsoString(),
                BuddhistYear = d.BuddhistYear,
                Issuer = d.Issuer?.Value,
                Subject = d.Subject?.Value,
                Salutation = d.Salutation?.Value,
                Addressee = d.Addressee?.Value,
                References = d.References.IsEmpty ? null : [.. d.References.Select(r => new ContractReference
                {
                    Text = r.Text.Value,
                    Number = MapNumber(r.Number),
                    Date = r.Date is { } rd ? Iso(rd.Value) : null,
                })],
                Attachments = d.Attachments.IsEmpty ? null : [.. d.Attachments.Select(a => new ContractAttachment
                {
                    Text = a.Text.Value,
                    Quantity = a.Quantity,
                    Unit = a.Unit,
                    Number = MapNumber(a.Number),
                    Date = a.Date is { } ad ? Iso(ad.Value) : null,
                })],
                Closing = d.Closing?.Value,
                Signatory = d.Signatory is { } sig ? new ContractSignatory
                {
                    Name = sig.Name.Value,
                    Rank = sig.Rank?.Value,
                    Positions = [.. sig.Positions.Select(p => p.Value)],
                    ActingFor = sig.ActingFor?.Value,
                } : null,
                Owner = d.Owner?.Value,
                Contacts = d.Contacts.IsEmpty ? null : new ContractContacts
                {
                    Phones = [.. d.Contacts.Phones.Select(MapPhone)],
                    Faxes = [.. d.Contacts.Faxes.Select(MapPhone)],
                    Emails = [.. d.Contacts.Emails.Select(e => e.Value)],
                },
                Receipts = d.Receipts.IsEmpty ? null : [.. d.Receipts.Select(r => new ContractReceipt
                {
                    Agency = r.Agency?.Value,
                    Number = r.Number?.Value,
                    Date = r.Date is { } rd ? Iso(rd.Value) : null,
                    Time = r.Time is { } t ? Iso(t.Value, r.TimeHasSeconds) : null,
                })],
                Body = d.Body?.Value,
                TextSource = textSourceAt(text.ToOriginalOffset(d.Span.Start)),
                Span = Span(d.Span),
                Fields = fields.Count == 0 ? null : fields,
                Diagnostics = d.Diagnostics.IsEmpty ? null : [.. d.Diagnostics.Select(x => Map(text, x))],
            };
        }

        /// <summary>A diagnostic whose span is already in the original text (the repairer's own).</summary>
        public static ContractDiagnostic MapOriginal(Diagnostic d) => new()
        {
            Code = d.Code,
            Severity = Name(d.Severity),
            Start = d.Span.Start,
            Length = d.Span.Length,
            Message = d.Message,
        };

        public static ContractDiagnostic Map(RepairedText text, Diagnostic d)
        {
            var span = text.ToOriginal(d.Span);
            return new ContractDiagnostic
            {
                Code = d.Code,
                Severity = Name(d.Severity),
                Start = span.Start,
                Length = span.Length,
                Message = d.Message,
            };
        }

        private static ContractNumber? MapNumber(DocumentNumber? n) => n is null ? null : new ContractNumber
        {
            Raw = n.Raw,
            Prefix = n.Prefix,
            PrefixName = n.PrefixName,
            Office = n.Office,
            Circular = n.Circular,
            Serial = n.Serial,
            Year = n.Year,
        };

        private static ContractPhone MapPhone(PhoneNumber p) => new() { Number = p.Number, Ext = p.Extension };

        private ContractSpan Span(TextSpan span)
        {
            var original = text.ToOriginal(span);
            return new ContractSpan(original.Start, original.Length);
        }

        private ContractFieldSource Source(TextSpan span, float confidence)
        {
            var original = text.ToOriginal(span);
            var location = locator?.Locate(original);
            return new ContractFieldSource
            {
                Start = original.Start,
                Length = original.Length,
                Confidence = MathF.Round(confidence, 2),
                Page = location?.Page,
                Box = location is { } l ? [l.X, l.Y, l.Width, l.Height] : null,
                OcrConfidence = location is { } lc ? MathF.Round(lc.Confidence, 3) : null,
            };
        }
    }
}
