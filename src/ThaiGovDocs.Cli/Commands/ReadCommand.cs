using System.CommandLine;
using ThaiGovDocs.Json;
using ThaiGovDocs.Ocr;

namespace ThaiGovDocs.Cli.Commands;

/// <summary><c>thaigovdocs read FILE</c>: reads one letter file (text, PDF or image) and prints its records.</summary>
internal static class ReadCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "The letter to read: .txt (UTF-8, UTF-16 or TIS-620), .pdf, .tif/.tiff, .png, .jpg, .bmp or .webp." };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "What to print: json (the records), text (the repaired text the parser read), hocr or tsv (Tesseract's layout, scans only).",
            DefaultValueFactory = _ => OutputFormat.Json,
        };
        var outputPath = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (atomically: never a partial file) instead of standard output." };
        var ocr = OcrOptionSet.Create();

        var command = new Command("read", "Read one letter file and print its records as JSON.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(outputPath);
        ocr.AddTo(command);
        command.SetAction((parse, ct) => Task.FromResult(
            Execute(parse.GetRequiredValue(file), parse.GetValue(format), parse.GetValue(outputPath), ocr.Build(parse), output, error, ct)));
        return command;
    }

    private static int Execute(FileInfo file, OutputFormat format, FileInfo? outputPath, OcrOptions ocrOptions, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string rendered;
        try
        {
            // hOCR and TSV cost a walk over every word of a page each: made only for the format that prints them.
            var options = ocrOptions with { IncludeHocr = format == OutputFormat.Hocr, IncludeTsv = format == OutputFormat.Tsv };
            var result = LetterFileReader.Read(file.FullName, options, ct);
            rendered = Render(file, result, format);
        }
        catch (Exception e) when (CliErrors.IsInputError(e))
        {
            error.WriteLine($"thaigovdocs: error: {CliErrors.Describe(e, file.FullName)}");
            return ExitCodes.Failure;
        }

        if (outputPath is null)
        {
            output.Write(rendered);
            output.Flush();
        }
        else
        {
            AtomicFile.WriteAllText(outputPath.FullName, rendered);
        }

        return ExitCodes.Success;
    }

    private static string Render(FileInfo file, LetterFileReading result, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Text:
                var text = result.Parse.Text.Text;
                return text.EndsWith('\n') ? text : text + "\n";
            case OutputFormat.Hocr or OutputFormat.Tsv:
                if (result.Scan is not { Pages.Count: > 0 } scan)
                {
                    throw new NotSupportedException($"{file.FullName}: --format {format.ToString().ToLowerInvariant()} needs a scanned input (PDF or image)");
                }

                return string.Concat(scan.Pages.Select(p => (format == OutputFormat.Hocr ? p.Hocr : p.Tsv) ?? ""));
            default:
                return LetterJson.Serialize(result.Contract) + "\n";
        }
    }
}
