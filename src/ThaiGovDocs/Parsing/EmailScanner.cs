namespace ThaiGovDocs.Parsing;

/// <summary>Finds e-mail addresses in a line without a regular expression.</summary>
internal static class EmailScanner
{
    public static void ScanAll(ReadOnlySpan<char> text, int offset, List<Field<string>> emails, float confidence)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf('@');
            if (at < 0)
            {
                return;
            }

            at += from;
            int start = at;
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            int end = at + 1;
            while (end < text.Length && IsDomainChar(text[end]))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            var domain = text[(at + 1)..end];
            if (start < at && domain.Contains('.') && domain[0] != '.')
            {
                emails.Add(new Field<string>(text[start..end].ToString(), new TextSpan(offset + start, end - start), confidence));
            }

            from = Math.Max(end, at + 1);
        }
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
