using System.CommandLine;
using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Cli.Commands;

/// <summary>The OCR options shared by the commands that read scans.</summary>
internal sealed class OcrOptionSet
{
    private readonly Option<string> _languages = new("--lang", "-l")
    {
        Description = "Tesseract models to use, joined with '+' (tha_gov: the project's Thai model; tha+eng: stock).",
        DefaultValueFactory = _ => OcrOptions.DefaultLanguages,
    };

    private readonly Option<string> _letters = new("--letters")
    {
        Description = "Models that read each line's letters again, to be joined with the figures read by --lang ('none': --lang alone; skipped when --lang includes them).",
        DefaultValueFactory = _ => OcrOptions.DefaultLetterLanguages,
    };

    private readonly Option<DirectoryInfo?> _tessdata = new("--tessdata")
    {
        Description = $"Folder holding the *.traineddata models (default: the tool's tessdata folder, then ${TessdataLocator.EnvironmentVariable}, then the system's).",
    };

    private readonly Option<bool> _textLayer = new("--text-layer")
    {
        Description = "For PDFs that carry a text layer, read it (with Thai spacing repairs) instead of recognising the page image. Needs pdftotext (poppler-utils).",
    };

    private readonly Option<int> _psm = new("--psm")
    {
        Description = "Tesseract page segmentation mode.",
        DefaultValueFactory = _ => 3,
    };

    private readonly Option<int> _timeout = new("--timeout")
    {
        Description = "Give up on a file after this many seconds (0: no limit).",
        DefaultValueFactory = _ => 600,
    };

    private readonly Option<bool> _noWordRepair = new("--no-word-repair")
    {
        Description = "Keep marks as read: do not mend misread Thai marks against libthai's word list (which needs libthai-data).",
    };

    private readonly Option<FileInfo?> _thaiDictionary = new("--thai-dictionary")
    {
        Description = $"The Thai word list (libthai's thbrk.tri) for word repair (default: ${"LIBTHAI_DICTDIR"}/thbrk.tri, then /usr/share/libthai/thbrk.tri).",
    };

    public static OcrOptionSet Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_languages);
        command.Options.Add(_letters);
        command.Options.Add(_tessdata);
        command.Options.Add(_textLayer);
        command.Options.Add(_psm);
        command.Options.Add(_timeout);
        command.Options.Add(_noWordRepair);
        command.Options.Add(_thaiDictionary);
    }

    public OcrOptions Build(System.CommandLine.ParseResult parse)
    {
        int timeout = parse.GetValue(_timeout);
        return new OcrOptions
        {
            Languages = parse.GetValue(_languages) ?? OcrOptions.DefaultLanguages,
            LetterLanguages = parse.GetValue(_letters) is { } letters && letters != "none" ? letters : null,
            TessdataPath = parse.GetValue(_tessdata)?.FullName,
            UseTextLayer = parse.GetValue(_textLayer),
            PageSegmentationMode = parse.GetValue(_psm),
            Timeout = timeout > 0 ? TimeSpan.FromSeconds(timeout) : null,
            RepairWords = !parse.GetValue(_noWordRepair),
            ThaiDictionaryPath = parse.GetValue(_thaiDictionary)?.FullName,
        };
    }
}
