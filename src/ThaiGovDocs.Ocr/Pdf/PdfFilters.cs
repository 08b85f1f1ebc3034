using System.IO.Compression;

namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>Decodes FlateDecode streams (with PNG/TIFF predictors) under a size limit.</summary>
internal static class PdfFilters
{
    /// <summary>Inflates <paramref name="raw"/>; refuses output larger than <paramref name="maxBytes"/> (decompression bombs).</summary>
    public static byte[] Inflate(ReadOnlyMemory<byte> raw, long maxBytes)
    {
        try
        {
            using var input = new MemoryStream(raw.ToArray(), writable: false);
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = z.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > maxBytes) throw new PdfFormatException($"a compressed stream inflates to more than {maxBytes:N0} bytes");
                output.Write(buffer, 0, n);
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new PdfFormatException("corrupt FlateDecode stream: " + e.Message, e);
        }
    }

    /// <summary>Undoes a PNG predictor (Predictor ≥ 10): every row starts with a filter-type byte.</summary>
    public static byte[] UndoPngPredictor(byte[] data, int columns, int colors, int bitsPerComponent)
    {
        var bpp = Math.Max(1, colors * bitsPerComponent / 8);
        var rowBytes = ((columns * colors * bitsPerComponent) + 7) / 8;
        var rows = data.Length / (rowBytes + 1);
        var output = new byte[rows * rowBytes];
        var previous = new byte[rowBytes];
        for (var r = 0; r < rows; r++)
        {
            var filter = data[r * (rowBytes + 1)];
            var src = data.AsSpan((r * (rowBytes + 1)) + 1, rowBytes);
            var dst = output.AsSpan(r * rowBytes, rowBytes);
            for (var i = 0; i < rowBytes; i++)
            {
                int left = i >= bpp ? dst[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                dst[i] = (byte)(src[i] + filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }

            dst.CopyTo(previous);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
