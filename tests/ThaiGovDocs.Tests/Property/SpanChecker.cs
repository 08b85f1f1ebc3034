using System.Collections.Immutable;

namespace ThaiGovDocs.Tests.PropertyTests;

/// <summary>Walks every span a <see cref="ParseResult"/> holds and reports the first that is not inside the repaired text.</summary>
internal static class SpanChecker
{
    public static string? FindOutside(ParseResult result)
    {
        int length = result.Text.Text.Length;
        string? problem = null;
        void Check(string what, TextSpan span)
        {
            if (problem is null && (span.Start < 0 || span.Length < 0 || span.End > length))
            {
                problem = $"{what} span {span} lies outside the text (length {length})";
            }
        }

        void Field<T>(string what, Field<T>? field)
        {
            if (field is { } f)
            {
                Check(what, f.Span);
            }
        }

        void Number(string what, DocumentNumber? number)
        {
            if (number is not null)
            {
                Check(what, number.Span);
            }
        }

        void Diagnostics(string what, ImmutableArray<Diagnostic> diagnostics)
        {
            foreach (var d in diagnostics)
            {
                Check($"{what} diagnostic {d.Code}", d.Span);
            }
        }

        Diagnostics("result", result.Diagnostics);
        for (int i = 0; i < result.Documents.Length; i++)
        {
            var d = result.Documents[i];
            string at = $"documents[{i}]";
            Check(at, d.Span);
            Field($"{at}.urgency", d.Urgency);
            Field($"{at}.secrecy", d.Secrecy);
            Number($"{at}.number", d.Number);
            Field($"{at}.date", d.Date);
            Field($"{at}.issuer", d.Issuer);
            Field($"{at}.subject", d.Subject);
            Field($"{at}.salutation", d.Salutation);
            Field($"{at}.addressee", d.Addressee);
            Field($"{at}.body", d.Body);
            Field($"{at}.closing", d.Closing);
            Field($"{at}.owner", d.Owner);
            foreach (var r in d.References)
            {
                Check($"{at}.references.text", r.Text.Span);
                Number($"{at}.references.number", r.Number);
                Field($"{at}.references.date", r.Date);
            }

            foreach (var a in d.Attachments)
            {
                Check($"{at}.attachments.text", a.Text.Span);
                Number($"{at}.attachments.number", a.Number);
                Field($"{at}.attachments.date", a.Date);
            }

            if (d.Signatory is { } s)
            {
                Check($"{at}.signatory.name", s.Name.Span);
                Field($"{at}.signatory.rank", s.Rank);
                Field($"{at}.signatory.actingFor", s.ActingFor);
                foreach (var p in s.Positions)
                {
                    Check($"{at}.signatory.positions", p.Span);
                }
            }

            foreach (var p in d.Contacts.Phones.Concat(d.Contacts.Faxes))
            {
                Check($"{at}.contacts.phone", p.Span);
            }

            foreach (var e in d.Contacts.Emails)
            {
                Check($"{at}.contacts.email", e.Span);
            }

            foreach (var r in d.Receipts)
            {
                Check($"{at}.receipts", r.Span);
                Field($"{at}.receipts.agency", r.Agency);
                Field($"{at}.receipts.number", r.Number);
                Field($"{at}.receipts.date", r.Date);
                Field($"{at}.receipts.time", r.Time);
            }

            Diagnostics(at, d.Diagnostics);
        }

        return problem;
    }
}
