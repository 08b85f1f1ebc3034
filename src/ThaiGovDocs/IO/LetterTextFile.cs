using System.Text;

namespace ThaiGovDocs.IO;

/// <summary>Reads letter text files safely: UTF-8 (with or without BOM), UTF-16 with BOM, or the legacy Thai code page (TIS-620 / Windows-874).</summary>
public static class LetterTextFile
{
    /// <summary>The largest text file read by default (64 MiB): a letter bundle is kilobytes; anything near this is not a letter.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and decodes the text of <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is too large, binary, or not text in a known encoding; the message names the file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DecodedText Read(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        if (info.Length > maxBytes)
        {
            throw new InvalidDataException($"{path}: {info.Length:N0} bytes is more than the {maxBytes:N0}-byte limit for a text file");
        }

        byte[] bytes = File.ReadAllBytes(path);
        return Decode(bytes, path);
    }

    /// <summary>Decodes bytes of a letter text; <paramref name="name"/> is used in error messages.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return new DecodedText(DecodeUtf8(bytes[3..], name), "utf-8");
        }

        if (bytes.StartsWith(Encoding.Unicode.Preamble))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (bytes.Contains((byte)0))
        {
            throw new InvalidDataException($"{name}: binary data (NUL bytes), not a text file");
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Older Thai archives are in TIS-620; Windows-874 is its superset and ships with .NET's code-pages provider.
            if (LooksLikeTis620(bytes))
            {
                return new DecodedText(Windows874.Value.GetString(bytes), "windows-874");
            }

            throw new InvalidDataException($"{name}: not valid UTF-8, UTF-16 or Thai TIS-620 text");
        }
    }

    private static readonly Lazy<Encoding> Windows874 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    });

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{name}: has a UTF-8 byte-order mark but is not valid UTF-8");
        }
    }

    /// <summary>TIS-620 puts Thai in 0xA1–0xFB; text that is mostly ASCII plus those bytes is taken as Thai.</summary>
    private static bool LooksLikeTis620(ReadOnlySpan<byte> bytes)
    {
        int thai = 0;
        int other = 0;
        foreach (byte b in bytes)
        {
            if (b >= 0xA1 && b <= 0xFB)
            {
                thai++;
            }
            else if (b >= 0x80)
            {
                other++;
            }
        }

        return thai > 0 && other <= thai / 20;
    }
}

/// <summary>Text decoded from a file, with the encoding that was detected.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Encoding">The encoding's web name: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c> or <c>windows-874</c>.</param>
public sealed record DecodedText(string Text, string Encoding);
