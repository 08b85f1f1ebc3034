namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>Spots encrypted (password-protected) PDFs, whose streams cannot be read without the key.</summary>
internal static class PdfEncryption
{
    /// <summary>Whether the PDF's trailer (or cross-reference stream) names an /Encrypt dictionary.</summary>
    public static bool IsEncrypted(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.IndexOf("/Encrypt"u8);
        while (at >= 0)
        {
            var next = at + 8;
            // A key, not a longer name such as /EncryptMetadata.
            if (next >= pdf.Length || pdf[next] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'<' or (byte)'/' || char.IsAsciiDigit((char)pdf[next])) return true;
            var rest = pdf[next..].IndexOf("/Encrypt"u8);
            at = rest < 0 ? -1 : next + rest;
        }

        return false;
    }
}
