using System.Runtime.InteropServices;
using System.Text;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.TesseractNative;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>One initialised Tesseract instance. Not thread-safe: one page at a time (the pool hands one engine to each worker).</summary>
internal sealed unsafe class OcrEngine : IDisposable
{
    private readonly TessBaseApiHandle api;

    /// <summary>Creates and initialises an engine for <paramref name="languages"/> with the models in <paramref name="tessdataPath"/>.</summary>
    /// <exception cref="NativeDependencyException">The libraries or models cannot be loaded.</exception>
    public OcrEngine(string tessdataPath, string languages, int pageSegmentationMode, IReadOnlyDictionary<string, string> variables)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        api = TessBaseAPICreate();
        if (api.IsInvalid) throw new NativeDependencyException("TessBaseAPICreate returned null: Tesseract could not allocate an engine.");

        // Tesseract wants the folder path with a trailing separator on some versions.
        var dataPath = tessdataPath.EndsWith(Path.DirectorySeparatorChar) ? tessdataPath : tessdataPath + Path.DirectorySeparatorChar;
        if (TessBaseAPIInit2(api, dataPath, languages, 1 /* OEM_LSTM_ONLY: the fast models hold no legacy data */) != 0)
        {
            api.Dispose();
            throw new NativeDependencyException(
                $"TessBaseAPIInit2 failed for languages '{languages}' with tessdata '{tessdataPath}': a model is missing or unreadable. " +
                $"To fix: {NativeDependencyException.DebianInstallCommand}, or point {TessdataLocator.EnvironmentVariable} at a folder with the models.");
        }

        TessBaseAPISetPageSegMode(api, pageSegmentationMode);
        SetVariable("preserve_interword_spaces", "1");
        foreach (var (name, value) in variables) SetVariable(name, value);
    }

    /// <summary>Tesseract's version string.</summary>
    public static string Version
    {
        get
        {
            NativeLibraryResolver.EnsureOcrLibrariesLoaded();
            return NativeText.ReadStatic(TessVersion()) ?? "unknown";
        }
    }

    /// <summary>Recognises <paramref name="image"/> (any depth); boxes are in its pixels.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled during recognition.</exception>
    public PageRecognition Recognize(PixHandle image, int dpi, bool includeHocr, bool includeTsv, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        TessBaseAPISetImage2(api, image);
        if (dpi > 0) TessBaseAPISetSourceResolution(api, dpi);

        try
        {
            using (var monitor = TessMonitorCreate())
            {
                var token = GCHandle.Alloc(new CancelState(ct));
                try
                {
                    TessMonitorSetCancelThis(monitor, (void*)GCHandle.ToIntPtr(token));
                    TessMonitorSetCancelFunc(monitor, &IsCancelled);
                    var rc = TessBaseAPIRecognize(api, monitor);
                    ct.ThrowIfCancellationRequested();
                    if (rc != 0) throw new InvalidOperationException($"TessBaseAPIRecognize failed (return code {rc}).");
                }
                finally
                {
                    token.Free();
                }
            }

            var (text, lines) = ReadLines();
            var mean = Math.Clamp(TessBaseAPIMeanTextConf(api), 0, 100) / 100f;
            var hocr = includeHocr ? NativeText.TakeTesseractText(TessBaseAPIGetHOCRText(api, 0)) : null;
            var tsv = includeTsv ? NativeText.TakeTesseractText(TessBaseAPIGetTsvText(api, 0)) : null;
            return new PageRecognition(text, lines, mean, hocr, tsv);
        }
        finally
        {
            TessBaseAPIClear(api);
        }
    }

    /// <inheritdoc />
    public void Dispose() => api.Dispose();

    private void SetVariable(string name, string value)
    {
        if (TessBaseAPISetVariable(api, name, value) == 0) throw new ArgumentException($"Tesseract has no variable '{name}' (TessBaseAPISetVariable).", nameof(name));
    }

    /// <summary>Walks the text lines, building the page text so that every line's span in it is exact.</summary>
    private (string Text, List<OcrLine> Lines) ReadLines()
    {
        var text = new StringBuilder();
        var lines = new List<OcrLine>();
        using var it = TessBaseAPIGetIterator(api);
        if (it.IsInvalid) return (string.Empty, lines);

        var page = TessResultIteratorGetPageIterator(it);
        do
        {
            var lineText = NativeText.TakeTesseractText(TessResultIteratorGetUTF8Text(it, PageIteratorLevel.TextLine))?.TrimEnd('\n', '\r', ' ');
            if (string.IsNullOrWhiteSpace(lineText)) continue;

            int left, top, right, bottom;
            if (TessPageIteratorBoundingBox(page, PageIteratorLevel.TextLine, &left, &top, &right, &bottom) == 0) continue;

            if (text.Length > 0)
            {
                text.Append('\n');
                if (TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.Paragraph) != 0) text.Append('\n');
            }

            var confidence = Math.Clamp(TessResultIteratorConfidence(it, PageIteratorLevel.TextLine), 0f, 100f) / 100f;
            lines.Add(new OcrLine(lineText, left, top, right - left, bottom - top, confidence, new TextSpan(text.Length, lineText.Length)));
            text.Append(lineText);
        }
        while (TessResultIteratorNext(it, PageIteratorLevel.TextLine) != 0);

        return (text.ToString(), lines);
    }

    [UnmanagedCallersOnly]
    private static byte IsCancelled(void* cancelThis, int words)
    {
        var state = (CancelState?)GCHandle.FromIntPtr((IntPtr)cancelThis).Target;
        return state is { Token.IsCancellationRequested: true } ? (byte)1 : (byte)0;
    }

    private sealed record CancelState(CancellationToken Token);
}
