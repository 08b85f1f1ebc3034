using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Ocr;

/// <summary>How ScanReader reads scans. The defaults are the measured best for Thai government letters (docs/ocr.md).</summary>
public sealed record OcrOptions
{
    /// <summary>Folder holding the *.traineddata models; null searches as described in <see cref="TessdataLocator.Locate"/>.</summary>
    public string? TessdataPath { get; init; }

    /// <summary>
    /// The default models: the project's own <c>tha_gov</c> (tessdata/tha_gov.MODEL_CARD.md), which reads ๔ ๖ ๗ ๘ ๙ and ำ
    /// that the stock <c>tha</c> cannot and measured best on the corpus memo scans; <c>tha+eng</c> stays selectable.
    /// </summary>
    public const string DefaultLanguages = "tha_gov";

    /// <summary>Tesseract language string, models joined with '+' (default <see cref="DefaultLanguages"/>).</summary>
    public string Languages { get; init; } = DefaultLanguages;

    /// <summary>
    /// Models that read every line's letters again, joined with the figures of <see cref="Languages"/>' reading
    /// (<c>Recognition/LineFusion</c>); null reads with <see cref="Languages"/> alone, and so does a <see cref="Languages"/> that
    /// already includes these models (stock <c>tha+eng</c>). Stock <c>tha</c> reads Thai letters on real scans better than
    /// <c>tha_gov</c> but has no ๔ ๖ ๗ ๘ ๙: together they measured best (docs/ocr.md).
    /// </summary>
    public string? LetterLanguages { get; init; } = DefaultLetterLanguages;

    /// <summary>The default <see cref="LetterLanguages"/>: stock <c>tha</c>.</summary>
    public const string DefaultLetterLanguages = "tha";

    /// <summary>Lines whose every word the page model read with at least this confidence (0..1) skip the letter pass
    /// (<see cref="Recognition.LetterPassGate"/>); null: every line is read. The default, 0.90, kept or bettered every accuracy
    /// figure (pages CER 0.96 → 0.86 %, memo PDFs 92/103, rendered letters 793 → 796/816) and skips about a sixth of the letter
    /// pass's width (benchmarks/results/letter-pass-session7.md).</summary>
    internal float? LetterPassSureWordConfidence { get; init; } = DefaultLetterPassSureWordConfidence;

    /// <summary>The default <see cref="LetterPassSureWordConfidence"/>.</summary>
    internal const float DefaultLetterPassSureWordConfidence = 0.90f;

    /// <summary>With <see cref="LetterPassSureWordConfidence"/>, the letter pass reads only the stretches of a line around the
    /// words below it, with this many more space-separated words of context on each side (<see cref="Recognition.LetterPassSpans"/>);
    /// null (the default): whole lines. At 0 it took a tenth off the held-out Norasi page and nothing off the degraded letter,
    /// with rendered-letter CER better and the committed pages' slightly worse (benchmarks/results/letter-pass-session8.md).</summary>
    internal int? LetterPassContext { get; init; }

    /// <summary>The letter models that run: none when <see cref="Languages"/> holds them already.</summary>
    internal string? LetterPass()
    {
        if (LetterLanguages is null) return null;
        var primary = Languages.Split('+', StringSplitOptions.TrimEntries);
        return LetterLanguages.Split('+', StringSplitOptions.TrimEntries).All(primary.Contains) ? null : LetterLanguages;
    }

    /// <summary>
    /// Mend marks OCR misread against libthai's Thai word list (<see cref="ThaiGovDocs.Text.ThaiWordRepair"/>: <c>พื้นฐ่าน</c>
    /// → <c>พื้นฐาน</c>, <c>คดี่</c> → <c>คดี</c>): a run of Thai letters that no known words make up is changed only when one
    /// mark's removal or swap alone makes it known words. Needs libdatrie and libthai's <c>thbrk.tri</c> (Debian
    /// <c>libthai-data</c>); without them reading fails with the install command, unless this is off.
    /// </summary>
    public bool RepairWords { get; init; } = true;

    /// <summary>The Thai word list file for <see cref="RepairWords"/>; null: where libthai keeps it (<c>LIBTHAI_DICTDIR</c>, then
    /// <c>/usr/share/libthai/thbrk.tri</c> and the other usual prefixes).</summary>
    public string? ThaiDictionaryPath { get; init; }

    /// <summary>Use a PDF page's text layer, when it has one, instead of recognising its image.</summary>
    public bool UseTextLayer { get; init; }

    /// <summary>Largest accepted page, in pixels (width × height), checked from headers before decoding.</summary>
    public int MaxPixels { get; init; } = 100_000_000;

    /// <summary>Most pages accepted in one file.</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>Largest accepted file, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Time allowed for one file; recognition of the current page is cancelled when it runs out.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Image clean-up before recognition.</summary>
    public ImagePipelineOptions Pipeline { get; init; } = ImagePipelineOptions.Default;

    /// <summary>Tesseract page segmentation mode: 3 = automatic (measured best), 4 = single column, 6 = single block.</summary>
    public int PageSegmentationMode { get; init; } = 3;

    /// <summary>Read again the lines Tesseract's layout analysis got wrong: a line whose Thai vowels and tone marks were split off
    /// into a line of their own (large or bold type: the memo title, header labels), and a line that a large handwritten number
    /// merged with the next (docs/ocr.md).</summary>
    public bool RepairLines { get; init; } = true;

    /// <summary>Extra Tesseract variables, applied after the defaults (preserve_interword_spaces=1).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Number of engines (and pages recognised in parallel); defaults to the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>OpenMP threads per engine, set in the native environment before Tesseract loads; null leaves OMP_THREAD_LIMIT alone.</summary>
    /// <remarks>One thread per engine with one engine per core is much faster than OpenMP's default on two busy cores.
    /// libgomp reads the variable once, when Tesseract is loaded: the first <see cref="ScanReader"/> created in a process sets it,
    /// and a process that loaded Tesseract before creating one keeps OpenMP's default.</remarks>
    public int? OmpThreadLimit { get; init; } = 1;

    /// <summary>Include each page's hOCR in the result.</summary>
    public bool IncludeHocr { get; init; } = true;

    /// <summary>Include each page's TSV in the result.</summary>
    public bool IncludeTsv { get; init; } = true;

    /// <summary>Command used to read PDF text layers (poppler's pdftotext, run as a separate process).</summary>
    public string PdfToTextCommand { get; init; } = "pdftotext";
}
