using System.Runtime.InteropServices;
using System.Text;
using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.TesseractNative;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>One initialised Tesseract instance. Not thread-safe: one page at a time (the pool hands one engine to each worker).</summary>
internal sealed unsafe class OcrEngine : IDisposable
{
    private readonly TessBaseApiHandle api;
    private readonly int pageSegmentationMode;
    private readonly Lazy<OrientationDetector?> orientation;
    private readonly OcrEngine? letterEngine;
    private readonly float? letterPassSureWordConfidence;
    private readonly int? letterPassContext;
    private readonly ThaiGovDocs.Text.ThaiLexicon? lexicon;

    /// <summary>The engine's setting of <see cref="InvertedRetryVariable"/> (Tesseract's default "1" unless the caller set it).</summary>
    private readonly string invertedRetry;

    /// <summary>Tesseract's switch for reading an unsure line again inverted (white on black) and keeping the surer reading.</summary>
    internal const string InvertedRetryVariable = "tessedit_do_invert";

    /// <summary>Creates and initialises an engine for <paramref name="languages"/> with the models in <paramref name="tessdataPath"/>.</summary>
    /// <exception cref="NativeDependencyException">The libraries or models cannot be loaded.</exception>
    /// <param name="tessdataPath">Folder with the recognition models.</param>
    /// <param name="languages">Tesseract language string.</param>
    /// <param name="pageSegmentationMode">Tesseract PSM for pages.</param>
    /// <param name="variables">Extra Tesseract variables.</param>
    /// <param name="osdTessdataPath">Folder with osd.traineddata for <see cref="UprightRotation"/>; null: no orientation detection.</param>
    /// <param name="letterLanguages">Models that read each line's letters again, joined with this engine's figures (<see cref="LineFusion"/>); null: none.</param>
    /// <param name="letterPassSureWordConfidence">The least word confidence from which a line skips the letter pass (<see cref="LetterPassGate"/>); null: none does.</param>
    /// <param name="letterPassContext">Space-separated words of context around the unsure words that the letter pass reads instead of whole lines (<see cref="LetterPassSpans"/>); null: whole lines.</param>
    /// <param name="lexicon">Thai words to mend misread marks against (<see cref="WordMending"/>); null: none.</param>
    public OcrEngine(string tessdataPath, string languages, int pageSegmentationMode, IReadOnlyDictionary<string, string> variables, string? osdTessdataPath = null, string? letterLanguages = null, float? letterPassSureWordConfidence = null, int? letterPassContext = null, ThaiGovDocs.Text.ThaiLexicon? lexicon = null)
    {
        this.lexicon = lexicon;
        this.letterPassSureWordConfidence = letterPassSureWordConfidence;
        this.letterPassContext = letterPassContext;
        orientation = new Lazy<OrientationDetector?>(() => OrientationDetector.TryCreate(osdTessdataPath), LazyThreadSafetyMode.None);
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

        this.pageSegmentationMode = pageSegmentationMode;
        TessBaseAPISetPageSegMode(api, pageSegmentationMode);
        SetVariable("preserve_interword_spaces", "1");
        // Tesseract's own warnings ("Invalid resolution 0 dpi" for line crops) would land on the CLI's stderr, whose
        // lines are reserved for one error per failed input.
        SetVariable("debug_file", OperatingSystem.IsWindows() ? "NUL" : "/dev/null");
        foreach (var (name, value) in variables) SetVariable(name, value);
        invertedRetry = variables.GetValueOrDefault(InvertedRetryVariable, "1");
        try
        {
            letterEngine = letterLanguages is null ? null : new OcrEngine(tessdataPath, letterLanguages, LineRepair.SingleLine, LetterEngineVariables.From(variables));
        }
        catch
        {
            api.Dispose();
            throw;
        }
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
    /// <param name="image">The cleaned page.</param>
    /// <param name="dpi">Its resolution (0: unknown).</param>
    /// <param name="includeHocr">Return the page's hOCR (as laid out before any mark repair).</param>
    /// <param name="includeTsv">Return the page's TSV (as laid out before any mark repair).</param>
    /// <param name="repairLines">Read again the lines that lost their Thai marks to a line of their own, or that merged two printed lines (<see cref="LineRepair"/>).</param>
    /// <param name="words">The lines whose words' boxes are read.</param>
    /// <param name="ct">Cancels recognition.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled during recognition.</exception>
    public PageRecognition Recognize(PixHandle image, int dpi, bool includeHocr, bool includeTsv, bool repairLines, WordBoxDemand words, CancellationToken ct) =>
        Recognize(image, dpi, includeHocr, includeTsv, repairLines, words, area: null, ct);

    private PageRecognition Recognize(PixHandle image, int dpi, bool includeHocr, bool includeTsv, bool repairLines, WordBoxDemand words, Imaging.InkProfile.Box? area, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        TessBaseAPISetImage2(api, image);
        if (dpi > 0) TessBaseAPISetSourceResolution(api, dpi);
        if (area is { } a) TessBaseAPISetRectangle(api, a.Left, a.Top, a.Width, a.Height);

        try
        {
            RecognizeWithCancellation(ct);
            var lines = LineOrder.TopDown(ResultLines.Read(api, words, scoreWords: repairLines && SpansWanted));
            var mean = Math.Clamp(TessBaseAPIMeanTextConf(api), 0, 100) / 100f;
            var hocr = includeHocr ? NativeText.TakeTesseractText(TessBaseAPIGetHOCRText(api, 0)) : null;
            var tsv = includeTsv ? NativeText.TakeTesseractText(TessBaseAPIGetTsvText(api, 0)) : null;
            if (repairLines) lines = ReadAgainWhereNeeded(image, dpi, lines, words, ct);
            var (text, ocrLines) = Assemble(lines.Select(StrayTokens.Strip).Select(Mend).Where(l => l.Text.Length > 0).ToList());
            return new PageRecognition(text, ocrLines, mean, hocr, tsv);
        }
        finally
        {
            TessBaseAPIClear(api);
        }
    }

    private RawLine Mend(RawLine line) => lexicon is null ? line : WordMending.Apply(line, lexicon);

    /// <summary>
    /// What the layout analysis got wrong, read again: lines that lost their marks or were missed (<see cref="LineRepair"/>),
    /// lines that took in their neighbours' ink (<see cref="LineCut"/>), and with a letter model every line's letters
    /// (<see cref="LineFusion"/>), a cut line from its cut.
    /// </summary>
    private List<RawLine> ReadAgainWhereNeeded(PixHandle image, int dpi, List<RawLine> lines, WordBoxDemand words, CancellationToken ct)
    {
        lines = RepairLines(image, dpi, lines, words, ct);
        if (letterEngine is not null) lines = LineRepair.AttachLineStarts(lines);
        var cuts = CutTallLines(image, lines);
        try
        {
            if (cuts.Count > 0) lines = ReadCutsAgain(dpi, lines, cuts, ct);
            return letterEngine is null ? lines : FuseLetters(letterEngine.ReadBoxes(image, dpi, lines, cuts, letterPassSureWordConfidence, letterPassContext, ct), lines);
        }
        finally
        {
            foreach (var cut in cuts.Values) cut.Dispose();
        }
    }

    /// <summary>The lines, by index, that took in their neighbours' ink, each cut out alone (<see cref="LineCut"/>).</summary>
    private static Dictionary<int, PixHandle> CutTallLines(PixHandle image, List<RawLine> lines)
    {
        var cuts = new Dictionary<int, PixHandle>();
        if (lines.Count < 3) return cuts;
        var median = LineRepair.MedianHeight(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (LineCut.TookInNeighbours(lines[i], median, lines) && LineCut.Cut(image, lines[i]) is { } cut) cuts[i] = cut;
        }

        return cuts;
    }

    /// <summary>Each cut line read again alone; the reading replaces the page's when it is surer (lines with word boxes keep theirs, whose offsets point into it).</summary>
    private List<RawLine> ReadCutsAgain(int dpi, List<RawLine> lines, Dictionary<int, PixHandle> cuts, CancellationToken ct)
    {
        var result = new List<RawLine>(lines);
        TessBaseAPISetPageSegMode(api, LineRepair.SingleLine);
        try
        {
            foreach (var (i, cut) in cuts)
            {
                if (lines[i].Words.Count > 0) continue;
                var (text, confidence) = ReadWhole(cut, dpi, ct);
                if (text.Length > 0 && confidence > lines[i].Confidence) result[i] = lines[i] with { Text = text, Confidence = confidence, LeastWordConfidence = null };
            }
        }
        finally
        {
            TessBaseAPISetPageSegMode(api, pageSegmentationMode);
        }

        return result;
    }

    /// <summary>Reads all of <paramref name="image"/> with the current page segmentation mode: its text and confidence (0..1).</summary>
    private (string Text, float Confidence) ReadWhole(PixHandle image, int dpi, CancellationToken ct)
    {
        TessBaseAPISetImage2(api, image);
        return ReadSetImage(dpi, ct);
    }

    /// <summary>Reads the image (or rectangle of it) already set: its text and confidence (0..1).</summary>
    private (string Text, float Confidence) ReadSetImage(int dpi, CancellationToken ct)
    {
        if (dpi > 0) TessBaseAPISetSourceResolution(api, dpi);
        RecognizeWithCancellation(ct);
        var text = NativeText.TakeTesseractText(TessBaseAPIGetUTF8Text(api))?.Trim('\n', '\r', ' ') ?? string.Empty;
        return (text, Math.Clamp(TessBaseAPIMeanTextConf(api), 0, 100) / 100f);
    }

    /// <summary>Tesseract PSM_SPARSE_TEXT: as much text as possible, in no particular order.</summary>
    internal const int SparseTextMode = 11;

    /// <summary>White kept around the ink when a sparse page is read in the box around its ink.</summary>
    internal const int SparseMargin = 16;

    /// <summary>Recognises a page that holds only scattered text (a coloured-ink layer: a mark, a stamp, handwriting), on
    /// which automatic segmentation finds no text blocks at all.</summary>
    public PageRecognition RecognizeSparse(PixHandle image, int dpi, CancellationToken ct)
    {
        TessBaseAPISetPageSegMode(api, SparseTextMode);
        try
        {
            // The layer is white but for its stamps and strokes: the layout analysis (Tesseract's rule finder's full-page
            // openings included) runs on the box around them only. The same lines and boxes on the memo scans (docs/ocr.md).
            var area = Imaging.InkProfile.Bounds(image, SparseMargin);
            return Recognize(image, dpi, includeHocr: false, includeTsv: false, repairLines: false, WordBoxDemand.None, area, ct);
        }
        finally
        {
            TessBaseAPISetPageSegMode(api, pageSegmentationMode);
        }
    }

    /// <summary>Recognises <paramref name="image"/> and adds it, with its invisible text, as the next page of <paramref name="renderer"/>.</summary>
    public void RenderPage(ResultRendererHandle renderer, PixHandle image, int dpi, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        TessBaseAPISetImage2(api, image);
        if (dpi > 0) TessBaseAPISetSourceResolution(api, dpi);
        try
        {
            RecognizeWithCancellation(ct);
            if (TessResultRendererAddImage(renderer, api) == 0)
            {
                throw new InvalidOperationException("TessResultRendererAddImage failed: Tesseract could not add the page to the searchable PDF.");
            }
        }
        finally
        {
            TessBaseAPIClear(api);
        }
    }

    private void RecognizeWithCancellation(CancellationToken ct)
    {
        using var monitor = TessMonitorCreate();
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

    /// <summary>Whether the page's lines need their words' confidences and boxes: the letter pass reads stretches of lines
    /// (<see cref="LetterPassSpans"/>), or is traced.</summary>
    private bool SpansWanted => letterEngine is not null && (LetterPassTrace.Writer is not null || (letterPassSureWordConfidence is not null && letterPassContext is not null));

    /// <summary>Reads the boxes of the <paramref name="lines"/> that <see cref="LetterPassGate"/> picks (with <paramref name="sureWordConfidence"/>)
    /// on <paramref name="image"/> as one text line each (PSM 7), with its confidence (0..1); a line in <paramref name="cuts"/> is read from its cut; null: not read.
    /// With <paramref name="context"/>, only the unsure stretches of a line are read (<see cref="LetterPassSpans"/>), and its
    /// reading is the page model's with those stretches replaced.</summary>
    private (string Text, float Confidence)?[] ReadBoxes(PixHandle image, int dpi, List<RawLine> lines, Dictionary<int, PixHandle> cuts, float? sureWordConfidence, int? context, CancellationToken ct)
    {
        var texts = new (string, float)?[lines.Count];
        try
        {
            var pageIsSet = false;
            for (var i = 0; i < lines.Count; i++)
            {
                if (cuts.TryGetValue(i, out var cut))
                {
                    // A cut line's reading took in its neighbours' ink: its word confidences say nothing of its letters.
                    texts[i] = ReadWhole(cut, dpi, ct);
                    pageIsSet = false;
                    continue;
                }

                if (LetterPassTrace.Writer is null && !LetterPassGate.Needs(lines[i], sureWordConfidence)) continue;
                var spans = LetterPassTrace.Writer is null && sureWordConfidence is { } sure && context is { } words ? LetterPassSpans.Find(lines[i], sure, words) : null;
                if (spans is { Count: 0 }) continue;
                if (!pageIsSet) TessBaseAPISetImage2(api, image);
                pageIsSet = true;
                if (spans is not null)
                {
                    texts[i] = ReadSpans(lines[i], spans, dpi, ct);
                    continue;
                }

                var crop = LetterPassCrop.Around(lines[i]);
                TessBaseAPISetRectangle(api, crop.Left, crop.Top, crop.Width, crop.Height);
                texts[i] = ReadSetImage(dpi, ct);
            }
        }
        finally
        {
            TessBaseAPIClear(api);
        }

        return texts;
    }

    /// <summary>The page model's reading of <paramref name="line"/> with each of <paramref name="spans"/> replaced by the letter
    /// model's reading of it where that is sure enough (<see cref="LineFusion.IsSureEnough"/>, against the page model's words
    /// there); null when none is. Its confidence is the line's: the pieces were judged already.</summary>
    private (string Text, float Confidence)? ReadSpans(RawLine line, IReadOnlyList<LetterPassSpans.Span> spans, int dpi, CancellationToken ct)
    {
        var text = new StringBuilder(line.Text.Length + 8);
        var at = 0;
        var replaced = false;
        foreach (var span in spans)
        {
            var crop = LetterPassCrop.Around(line, span);
            TessBaseAPISetRectangle(api, crop.Left, crop.Top, crop.Width, crop.Height);
            var (reading, confidence) = ReadSetImage(dpi, ct);
            var own = line.Text[span.Start..span.End];
            var piece = LineFusion.TrimOverhang(reading, own, trimStart: span.Left != int.MinValue, trimEnd: span.Right != int.MaxValue);
            text.Append(line.Text, at, span.Start - at);
            var sure = piece.Length > 0 && LineFusion.IsSureEnough(confidence, span.Confidence);
            text.Append(sure ? piece : own);
            replaced |= sure;
            at = span.End;
        }

        text.Append(line.Text, at, line.Text.Length - at);
        return replaced ? (text.ToString(), line.Confidence) : null;
    }

    /// <summary>Each line with the letters of <paramref name="letters"/> (the same line read by the letter model) and its own figures.</summary>
    private static List<RawLine> FuseLetters((string Text, float Confidence)?[] letters, List<RawLine> lines)
    {
        var fused = new List<RawLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (letters[i] is not { } reading || !LineFusion.IsSureEnough(reading.Confidence, line.Confidence))
            {
                LetterPassTrace.Write(line, letters[i], line.Text);
                fused.Add(line);
                continue;
            }

            var (text, offsets) = LineFusion.Fuse(reading.Text, line.Text);
            LetterPassTrace.Write(line, reading, text);
            fused.Add(text == line.Text ? line : line with
            {
                Text = text,
                Words = line.Words.Select(w => new WordBox(offsets[w.Start], offsets[w.Start + w.Length] - offsets[w.Start], w.Left, w.Right)).ToArray(),
            });
        }

        return fused;
    }

    /// <summary>Reads the regions of <see cref="LineRepair.Find"/> and <see cref="LineRepair.FindMissed"/> again (one text line each) on <paramref name="image"/>, already set.</summary>
    private List<RawLine> RepairLines(PixHandle image, int dpi, List<RawLine> lines, WordBoxDemand words, CancellationToken ct)
    {
        var regions = LineRepair.Find(lines);
        var missed = LineRepair.FindMissed(lines, ImageInk(image));
        if (regions.Count == 0 && missed.Count == 0) return LineRepair.DropStrayMarks(lines);
        var readings = new List<(LineRepair.Region, IReadOnlyList<RawLine>)>(regions.Count + missed.Count);
        try
        {
            // A line that kept its marks is its own reading: the region is not read again, and the mark line goes. Not with a
            // letter pass, which reads each line in the box and with the word confidences of its reading: on memo-000 it read
            // the line kept three letters differently from the region's reading, one better, two worse.
            foreach (var r in regions)
            {
                var kept = letterEngine is null && LineRepair.BodyKeptItsMarks(r, lines);
                readings.Add((r, kept ? LineRepair.BodyWithItsMarks(r, lines) : ReadRegion(r, dpi, words, ct)));
            }

            // A missed band is kept only when read as confident Thai; a band of emblem or stamp ink reads as unsure junk,
            // which Tesseract would read a second time inverted (half of such a band's cost), only to drop it all the same.
            // Not for the mark regions: their inverted readings changed memo-000's ที่ line (docs/ocr.md, session 5).
            if (missed.Count > 0) SetVariable(InvertedRetryVariable, "0");
            foreach (var r in missed) readings.Add((r, LineRepair.KeepConfident(ReadRegion(r, dpi, words, ct))));
        }
        finally
        {
            TessBaseAPISetPageSegMode(api, pageSegmentationMode);
            if (missed.Count > 0) SetVariable(InvertedRetryVariable, invertedRetry);
        }

        return LineRepair.DropStrayMarks(LineRepair.Apply(lines, readings));
    }

    private static int[] ImageInk(PixHandle image) => Imaging.InkProfile.PerRow(image);

    private List<RawLine> ReadRegion(LineRepair.Region r, int dpi, WordBoxDemand words, CancellationToken ct)
    {
        const int pad = 2;
        var left = Math.Max(0, r.Left - pad);
        var top = Math.Max(0, r.Top - pad);
        TessBaseAPISetPageSegMode(api, r.PageSegmentationMode);
        TessBaseAPISetRectangle(api, left, top, r.Right - left + pad, r.Bottom - top + pad);
        if (dpi > 0) TessBaseAPISetSourceResolution(api, dpi);
        RecognizeWithCancellation(ct);
        return ResultLines.Read(api, words);
    }

    /// <summary>Joins the lines with "\n" (a blank line before each paragraph) so that every line's span in the text is exact.</summary>
    private static (string Text, List<OcrLine> Lines) Assemble(List<RawLine> lines)
    {
        var text = new StringBuilder();
        var result = new List<OcrLine>(lines.Count);
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
                if (line.StartsParagraph) text.Append('\n');
            }

            result.Add(new OcrLine(line.Text, line.Left, line.Top, line.Width, line.Height, line.Confidence, new TextSpan(text.Length, line.Text.Length)) { Words = line.Words });
            text.Append(line.Text);
        }

        return (text.ToString(), result);
    }

    /// <summary>Degrees to turn <paramref name="image"/> clockwise to make it upright (0, 90, 180, 270); 0 without the orientation model.</summary>
    public int UprightRotation(PixHandle image, int dpi) => orientation.Value?.UprightRotation(image, dpi) ?? 0;

    /// <inheritdoc />
    public void Dispose()
    {
        if (orientation.IsValueCreated) orientation.Value?.Dispose();
        letterEngine?.Dispose();
        api.Dispose();
    }

    private void SetVariable(string name, string value)
    {
        if (TessBaseAPISetVariable(api, name, value) == 0) throw new ArgumentException($"Tesseract has no variable '{name}' (TessBaseAPISetVariable).", nameof(name));
    }

    [UnmanagedCallersOnly]
    private static byte IsCancelled(void* cancelThis, int words)
    {
        var state = (CancelState?)GCHandle.FromIntPtr((IntPtr)cancelThis).Target;
        return state is { Token.IsCancellationRequested: true } ? (byte)1 : (byte)0;
    }

    private sealed record CancelState(CancellationToken Token);
}
