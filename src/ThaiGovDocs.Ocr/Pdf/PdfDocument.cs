namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>A defensive, read-only view of a PDF's objects and pages.</summary>
/// <remarks>
/// Objects are found by scanning the file for "N G obj" rather than trusting the cross-reference table,
/// so damaged or rewritten files still open; later definitions win, as with incremental updates.
/// Compressed object streams (PDF 1.5) are expanded on demand.
/// </remarks>
internal sealed class PdfDocument
{
    private const int MaxObjects = 1_000_000;
    private readonly ReadOnlyMemory<byte> data;
    private readonly Dictionary<int, int> offsets = [];
    private readonly Dictionary<int, (int Stream, int Index)> compressed = [];
    private readonly Dictionary<int, object?> cache = [];
    private readonly HashSet<int> resolving = [];
    private readonly long maxStreamBytes;

    private PdfDocument(ReadOnlyMemory<byte> data, long maxStreamBytes)
    {
        this.data = data;
        this.maxStreamBytes = maxStreamBytes;
    }

    /// <summary>Opens the PDF in <paramref name="data"/>.</summary>
    /// <exception cref="PdfFormatException">The PDF is encrypted, or no objects or no page tree can be found.</exception>
    public static PdfDocument Open(ReadOnlyMemory<byte> data, long maxStreamBytes)
    {
        if (PdfEncryption.IsEncrypted(data.Span))
        {
            throw new PdfFormatException("the PDF is encrypted (password-protected); decrypt it first, e.g. qpdf --decrypt IN OUT");
        }

        var doc = new PdfDocument(data, maxStreamBytes);
        doc.IndexObjects();
        return doc;
    }

    /// <summary>The value of object <paramref name="number"/>, or null when it does not exist.</summary>
    public object? Get(int number)
    {
        if (cache.TryGetValue(number, out var cached)) return cached;
        if (!resolving.Add(number)) throw new PdfFormatException($"object {number} refers to itself");
        try
        {
            object? value = null;
            if (offsets.TryGetValue(number, out var offset))
            {
                var parser = new PdfParser(data, r => Resolve(r)) { Position = offset };
                value = parser.ReadIndirectObject().Value;
            }
            else if (compressed.TryGetValue(number, out var location))
            {
                value = ReadFromObjectStream(location.Stream, location.Index);
            }

            cache[number] = value;
            return value;
        }
        finally
        {
            resolving.Remove(number);
        }
    }

    /// <summary>Follows references until a direct value.</summary>
    public object? Resolve(object? value)
    {
        for (var hops = 0; value is PdfRef r; hops++)
        {
            if (hops > 32) throw new PdfFormatException("reference chain too long");
            value = Get(r.Number);
        }

        return value;
    }

    /// <summary>The resolved dictionary entry, or null.</summary>
    public object? Get(Dictionary<string, object?> dict, string key) => Resolve(dict.GetValueOrDefault(key));

    /// <summary>The page dictionaries in order, with inherited attributes (Resources, MediaBox, Rotate) copied in.</summary>
    public List<Dictionary<string, object?>> Pages(int maxPages)
    {
        var catalog = FindCatalog() ?? throw new PdfFormatException("no document catalog (/Type /Catalog)");
        if (Get(catalog, "Pages") is not Dictionary<string, object?> root) throw new PdfFormatException("the catalog has no page tree");
        var pages = new List<Dictionary<string, object?>>();
        var visited = new HashSet<Dictionary<string, object?>>(ReferenceEqualityComparer.Instance);
        Walk(root, [], 0);
        return pages;

        void Walk(Dictionary<string, object?> node, Dictionary<string, object?> inherited, int depth)
        {
            if (depth > 64 || !visited.Add(node)) throw new PdfFormatException("the page tree loops or is too deep");
            var attributes = new Dictionary<string, object?>(inherited, StringComparer.Ordinal);
            foreach (var key in (string[])["Resources", "MediaBox", "CropBox", "Rotate"])
            {
                if (node.TryGetValue(key, out var value)) attributes[key] = value;
            }

            if (Get(node, "Kids") is List<object?> kids)
            {
                foreach (var kid in kids)
                {
                    if (Resolve(kid) is Dictionary<string, object?> child) Walk(child, attributes, depth + 1);
                }
            }
            else
            {
                if (pages.Count >= maxPages) throw new PdfFormatException($"more than {maxPages} pages (OcrOptions.MaxPages)");
                var page = new Dictionary<string, object?>(node, StringComparer.Ordinal);
                foreach (var (k, v) in attributes) page.TryAdd(k, v);
                pages.Add(page);
            }
        }
    }

    /// <summary>The decoded bytes of a stream's data for the filters this reader supports, or null when a filter is not supported.</summary>
    public byte[]? DecodeStream(PdfStream stream)
    {
        var filters = Filters(stream.Dictionary);
        if (filters.Count == 0) return stream.RawData.ToArray();
        if (filters is not ["FlateDecode" or "Fl"]) return null;

        var inflated = PdfFilters.Inflate(stream.RawData, maxStreamBytes);
        if (Get(stream.Dictionary, "DecodeParms") is Dictionary<string, object?> parms && Get(parms, "Predictor") is long predictor && predictor >= 10)
        {
            return PdfFilters.UndoPngPredictor(
                inflated,
                (int)(Get(parms, "Columns") as long? ?? 1),
                (int)(Get(parms, "Colors") as long? ?? 1),
                (int)(Get(parms, "BitsPerComponent") as long? ?? 8));
        }

        return inflated;
    }

    /// <summary>The names of a stream's filters, in order.</summary>
    public List<string> Filters(Dictionary<string, object?> dict) =>
        Get(dict, "Filter") switch
        {
            PdfName n => [n.Value],
            List<object?> list => list.Select(Resolve).OfType<PdfName>().Select(n => n.Value).ToList(),
            _ => [],
        };

    private Dictionary<string, object?>? FindCatalog()
    {
        // The trailer (classic) or the cross-reference stream dictionary (PDF 1.5) names the root; the last one wins.
        var span = data.Span;
        var trailer = span.LastIndexOf("trailer"u8);
        if (trailer >= 0)
        {
            try
            {
                var parser = new PdfParser(data) { Position = trailer + "trailer".Length };
                if (parser.ReadValue(0) is Dictionary<string, object?> t && Get(t, "Root") is Dictionary<string, object?> root) return root;
            }
            catch (PdfFormatException)
            {
                // Damaged trailer: fall through to searching the objects.
            }
        }

        Dictionary<string, object?>? catalog = null;
        foreach (var number in offsets.Keys.Concat(compressed.Keys).Order())
        {
            object? value;
            try { value = Get(number); }
            catch (PdfFormatException) { continue; }

            if (value is PdfStream { Dictionary: var d } && Get(d, "Type") is PdfName { Value: "XRef" } && Get(d, "Root") is Dictionary<string, object?> r) return r;
            if (value is Dictionary<string, object?> dict && Get(dict, "Type") is PdfName { Value: "Catalog" }) catalog = dict;
        }

        return catalog;
    }

    private void IndexObjects()
    {
        var span = data.Span;
        var objectStreams = new List<int>();
        for (var at = span.IndexOf(" obj"u8); at >= 0;)
        {
            if (TryObjectHeaderStart(span, at, out var start, out var number))
            {
                if (offsets.Count >= MaxObjects) throw new PdfFormatException($"more than {MaxObjects:N0} objects");
                offsets[number] = start;
                var head = span.Slice(at, Math.Min(200, span.Length - at));
                if (head.IndexOf("/ObjStm"u8) >= 0) objectStreams.Add(number);
            }

            var next = span[(at + 4)..].IndexOf(" obj"u8);
            at = next < 0 ? -1 : at + 4 + next;
        }

        if (offsets.Count == 0) throw new PdfFormatException("no objects found (not a PDF, or truncated)");

        foreach (var streamNumber in objectStreams) IndexObjectStream(streamNumber);
    }

    /// <summary>Checks that " obj" at <paramref name="at"/> is preceded by "N G" at a line or token start.</summary>
    private static bool TryObjectHeaderStart(ReadOnlySpan<byte> span, int at, out int start, out int number)
    {
        start = number = 0;
        var p = at - 1;
        var genEnd = p + 1;
        while (p >= 0 && char.IsAsciiDigit((char)span[p])) p--;
        if (p == at - 1 || p < 0 || span[p] != (byte)' ') return false;
        var numEnd = p;
        p--;
        while (p >= 0 && char.IsAsciiDigit((char)span[p])) p--;
        if (p == numEnd - 1) return false;
        if (p >= 0 && span[p] is not ((byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t' or (byte)'>' or (byte)'m' or (byte)'j')) return false;
        var digits = span[(p + 1)..numEnd];
        if (digits.Length > 9 || genEnd - numEnd > 6) return false;
        number = int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        start = p + 1;
        return true;
    }

    private void IndexObjectStream(int streamNumber)
    {
        try
        {
            if (Get(streamNumber) is not PdfStream stream || Get(stream.Dictionary, "Type") is not PdfName { Value: "ObjStm" }) return;
            var count = (int)(Get(stream.Dictionary, "N") as long? ?? 0);
            var header = new PdfParser(DecodeStream(stream) ?? []);
            for (var i = 0; i < count; i++)
            {
                if (header.ReadValue(0) is not long number || header.ReadValue(0) is not long) break;
                // Objects defined directly in the file after an object stream (incremental updates) take precedence.
                if (!offsets.ContainsKey((int)number)) compressed.TryAdd((int)number, (streamNumber, i));
            }
        }
        catch (PdfFormatException)
        {
            // A broken object stream loses only its own objects.
        }
    }

    private object? ReadFromObjectStream(int streamNumber, int index)
    {
        if (Get(streamNumber) is not PdfStream stream) return null;
        var decoded = DecodeStream(stream) ?? throw new PdfFormatException($"object stream {streamNumber} uses an unsupported filter");
        var first = (int)(Get(stream.Dictionary, "First") as long? ?? 0);
        var parser = new PdfParser(decoded);
        long offset = -1;
        for (var i = 0; i <= index; i++)
        {
            _ = parser.ReadValue(0);
            offset = parser.ReadValue(0) as long? ?? throw new PdfFormatException($"bad object stream header in object {streamNumber}");
        }

        parser.Position = checked(first + (int)offset);
        return parser.ReadValue(0);
    }
}
