using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;
using ThaiGovDocs.Ocr.Pdf;
using ThaiGovDocs.Ocr.Recognition;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr;

/// <summary>Reads scans (PDF, TIFF, PNG, JPEG, BMP, WebP) into text with page, box and confidence provenance.</summary>
/// <remarks>Thread-safe: files and pages share a pool of engines, one per worker. Dispose to release the engines.</remarks>
public sealed class ScanReader : IDisposable
{
    private readonly OcrOptions options;
    private readonly Lazy<OcrEnginePool> pool;

    /// <summary>Creates a reader; engines are created on first use (so a missing library is reported by the first <see cref="Read"/>).</summary>
    public ScanReader(OcrOptions? options = null)
    {
        this.options = options ?? new OcrOptions();
        // libgomp reads OMP_THREAD_LIMIT once, when libtesseract (which links it) is loaded; decoding loads it before the
        // engine pool exists, so the limit is set here, before any native library is loaded (measured: 6x faster pages).
        if (this.options.OmpThreadLimit is { } limit) NativeEnvironment.Set("OMP_THREAD_LIMIT", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        pool = new Lazy<OcrEnginePool>(() => OcrEnginePool.Create(this.options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The version of the Tesseract library in use.</summary>
    /// <exception cref="NativeDependencyException">Tesseract or Leptonica cannot be loaded.</exception>
    public static string TesseractVersion => OcrEngine.Version;

    /// <summary>Whether <paramref name="path"/> has a supported extension and starts with the bytes of a supported format.</summary>
    public static bool IsSupported(string path)
    {
        if (string.IsNullOrEmpty(path) || ScanFormatDetector.FromExtension(path) == ScanFormat.Unknown || !File.Exists(path)) return false;
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[1024];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return ScanFormatDetector.FromMagic(head.AsSpan(0, n)) != ScanFormat.Unknown;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reads every page of <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OcrInputException">The file is empty, truncated, malformed, of an unsupported format or over a limit.</exception>
    /// <exception cref="NativeDependencyException">Tesseract, Leptonica or a model is missing.</exception>
    /// <exception cref="TimeoutException">Reading took longer than <see cref="OcrOptions.Timeout"/>.</exception>
    public ScanResult Read(string path, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.Timeout is { } limit) timeout.CancelAfter(limit);

        try
        {
            var data = ReadBytes(path);
            var format = ScanFormatDetector.FromMagic(data);
            var pages = format switch
            {
                ScanFormat.Pdf => ReadPdf(path, data, timeout.Token),
                ScanFormat.Unknown => throw new OcrInputException(path, Unrecognised(path, data)),
                _ => ReadImages(path, data, format, timeout.Token),
            };
            return Assemble(path, pages);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested && options.Timeout is { } t)
        {
            throw new TimeoutException($"{path}: reading did not finish within {t.TotalSeconds:0.#} s (OcrOptions.Timeout).");
        }
    }

    /// <summary>
    /// Writes a searchable PDF of <paramref name="path"/>: each page's own image (as scanned, at its own resolution) with
    /// the recognised text as an invisible layer, rendered by Tesseract's PDF renderer. Pages are recognised again for it.
    /// </summary>
    /// <param name="path">The scan (PDF, TIFF, PNG, JPEG, BMP, WebP).</param>
    /// <param name="pdfPath">Where to write the PDF; it must end in <c>.pdf</c>.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <exception cref="OcrInputException">The scan cannot be read (as for <see cref="Read"/>).</exception>
    /// <exception cref="NativeDependencyException">The engine, a model or the renderer's font (pdf.ttf) is missing.</exception>
    public void WriteSearchablePdf(string path, string pdfPath, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        if (!pdfPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{pdfPath}: a searchable PDF path must end in .pdf (Tesseract appends the extension).", nameof(pdfPath));
        }

        var data = ReadBytes(path);
        var format = ScanFormatDetector.FromMagic(data);
        var images = format switch
        {
            ScanFormat.Pdf => DecodePdfPages(path, data),
            ScanFormat.Unknown => throw new OcrInputException(path, Unrecognised(path, data)),
            _ => ImageDecoder.DecodeAll(path, data, format, options.MaxPixels, options.MaxPages, ct),
        };
        try
        {
            var fontFolder = SearchablePdfFont.Locate(options.Languages, options.TessdataPath);
            using var renderer = TesseractNative.TessPDFRendererCreate(pdfPath[..^4], fontFolder, 0);
            if (renderer.IsInvalid || TesseractNative.TessResultRendererBeginDocument(renderer, Path.GetFileName(path)) == 0)
            {
                throw new InvalidOperationException($"{pdfPath}: Tesseract's PDF renderer could not start the document.");
            }

            pool.Value.Use(engine =>
            {
                foreach (var image in images)
                {
                    engine.RenderPage(renderer, image.Pix, image.Dpi, ct);
                }

                return 0;
            }, ct);
            if (TesseractNative.TessResultRendererEndDocument(renderer) == 0)
            {
                throw new InvalidOperationException($"{pdfPath}: Tesseract's PDF renderer could not finish the document.");
            }
        }
        finally
        {
            foreach (var image in images) image.Dispose();
        }
    }

    private List<DecodedImage> DecodePdfPages(string path, byte[] data)
    {
        List<PdfPageImage?> images;
        try
        {
            var doc = PdfDocument.Open(data, Math.Max(options.MaxPixels * 4L, 1 << 20));
            var pages = doc.Pages(options.MaxPages);
            images = PdfImageExtractor.Extract(doc, pages, options.MaxPixels);
        }
        catch (PdfFormatException e)
        {
            throw new OcrInputException(path, "malformed or unsupported PDF: " + e.Message, null, e);
        }

        var decoded = new List<DecodedImage>(images.Count);
        try
        {
            foreach (var image in images)
            {
                if (image is not null) decoded.Add(DecodePdfImage(path, image));
            }
        }
        catch
        {
            foreach (var d in decoded) d.Dispose();
            throw;
        }

        return decoded;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (pool.IsValueCreated) pool.Value.Dispose();
    }

    private byte[] ReadBytes(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"{path}: no such file.", path);
        if (info.Length == 0) throw new OcrInputException(path, "the file is empty (0 bytes)");
        if (info.Length > options.MaxFileBytes) throw new OcrInputException(path, $"the file is {info.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0} (OcrOptions.MaxFileBytes)");
        return File.ReadAllBytes(path);
    }

    private static string Unrecognised(string path, byte[] data)
    {
        var claimed = ScanFormatDetector.FromExtension(path);
        var head = Convert.ToHexString(data.AsSpan(0, Math.Min(8, data.Length)));
        return claimed == ScanFormat.Unknown
            ? $"not a supported scan format (PDF, TIFF, PNG, JPEG, BMP, WebP); first bytes {head}"
            : $"the extension says {claimed} but the content is not a {claimed} file (first bytes {head})";
    }

    private ScanPage[] ReadImages(string path, byte[] data, ScanFormat format, CancellationToken ct)
    {
        var images = ImageDecoder.DecodeAll(path, data, format, options.MaxPixels, options.MaxPages, ct);
        try
        {
            return RecognizeAll(images.Count, i => images[i], path, ct);
        }
        finally
        {
            foreach (var image in images) image.Dispose();
        }
    }

    private ScanPage[] ReadPdf(string path, byte[] data, CancellationToken ct)
    {
        List<Dictionary<string, object?>> pages;
        List<PdfPageImage?> images;
        try
        {
            var doc = PdfDocument.Open(data, Math.Max(options.MaxPixels * 4L, 1 << 20));
            pages = doc.Pages(options.MaxPages);
            if (pages.Count == 0) throw new OcrInputException(path, "the PDF has no pages");
            images = PdfImageExtractor.Extract(doc, pages, options.MaxPixels);
        }
        catch (PdfFormatException e)
        {
            throw new OcrInputException(path, "malformed or unsupported PDF: " + e.Message, null, e);
        }

        var textLayer = options.UseTextLayer
            ? PdfTextLayerReader.TryRead(options.PdfToTextCommand, path, options.Timeout ?? TimeSpan.FromMinutes(2), ct)
            : null;

        var lexicon = textLayer is not null && options.RepairWords ? Recognition.ThaiDictionary.Load(options.ThaiDictionaryPath) : null;
        var result = new ScanPage[pages.Count];
        var toRecognize = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            var layer = textLayer is not null && i < textLayer.Count ? textLayer[i] : null;
            if (!string.IsNullOrWhiteSpace(layer))
            {
                var image = images[i];
                var text = ThaiTextRepair.Repair(layer.TrimEnd()).Text;
                if (lexicon is not null) text = Recognition.WordMending.ApplyToText(text, lexicon);
                result[i] = new ScanPage(i + 1, text, ScanPage.PdfTextSource, image?.Width ?? 0, image?.Height ?? 0, image?.Dpi ?? 0, 1f, [], null, null);
            }
            else if (images[i] is null)
            {
                result[i] = new ScanPage(i + 1, string.Empty, ScanPage.OcrSource, 0, 0, 0, 0f, [], null, null);
            }
            else
            {
                toRecognize.Add(i);
            }
        }

        var recognized = RecognizeAll(toRecognize.Count, k => DecodePdfImage(path, images[toRecognize[k]]!), path, ct, disposeEach: true, numbers: toRecognize.Select(i => i + 1).ToArray());
        for (var k = 0; k < toRecognize.Count; k++) result[toRecognize[k]] = recognized[k];
        return result;
    }

    private DecodedImage DecodePdfImage(string path, PdfPageImage image)
    {
        var decoded = ImageDecoder.Decode(path, image.Bytes, options.MaxPixels, image.PageNumber);
        if (image.Encoding == PdfImageEncoding.EncodedFile && image.Bytes is [0xFF, 0xD8, ..] && !ImageDecoder.HasJpegEnd(image.Bytes))
        {
            decoded.Dispose();
            throw new OcrInputException(path, "the page's JPEG image is truncated (no end-of-image marker)", image.PageNumber);
        }

        if (image.Rotate == 0) return decoded with { Dpi = image.Dpi };
        using (decoded)
        {
            var turned = Pix.Check(LeptonicaNative.pixRotateOrth(decoded.Pix, image.Rotate / 90), "pixRotateOrth");
            return new DecodedImage(turned, image.Dpi);
        }
    }

    /// <summary>Recognises <paramref name="count"/> pages in parallel, one engine per worker.</summary>
    private ScanPage[] RecognizeAll(int count, Func<int, DecodedImage> getImage, string path, CancellationToken ct, bool disposeEach = false, int[]? numbers = null)
    {
        var pages = new ScanPage[count];
        if (count == 0) return pages;
        var engines = pool.Value;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = engines.Size, CancellationToken = ct };
        try
        {
            Parallel.For(0, count, parallel, i =>
            {
                var number = numbers?[i] ?? i + 1;
                var image = getImage(i);
                try
                {
                    pages[i] = engines.Use(engine => PageRecognizer.Recognize(engine, image, number, options, ct), ct);
                }
                finally
                {
                    if (disposeEach) image.Dispose();
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            // Surface the first real failure (input, dependency, cancellation) rather than the wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return pages;
    }

    private static ScanResult Assemble(string path, ScanPage[] pages)
    {
        var offsets = new int[pages.Length];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pages.Length; i++)
        {
            if (i > 0) text.Append(ScanResult.PageSeparator);
            offsets[i] = text.Length;
            text.Append(pages[i].Text);
        }

        // Same-length mends only: the offsets of pages and lines into the text stay valid.
        var mended = Recognition.AbbreviationConsensus.Correct(text.ToString(), out _);
        return new ScanResult(path, mended, pages, new ScanSourceLocator(pages, offsets)) { PageOffsets = offsets };
    }
}
