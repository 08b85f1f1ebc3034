using System.CommandLine;
using ThaiGovDocs.IO;
using ThaiGovDocs.Json;

namespace ThaiGovDocs.Cli.Commands;

/// <summary><c>thaigovdocs read FILE</c>: reads one letter file and prints its records.</summary>
internal static class ReadCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "The letter to read: .txt (UTF-8, UTF-16 or TIS-620 text)." };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "What to print: json (the records), text (the repaired text the parser read).",
            DefaultValueFactory = _ => OutputFormat.Json,
        };
        var outputPath = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };

        var command = new Command("read", "Read one letter file and print its records as JSON.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(outputPath);
        command.SetAction(parse => Execute(parse.GetRequiredValue(file), parse.GetValue(format), parse.GetValue(outputPath), output, error));
        return command;
    }

    private static int Execute(FileInfo file, OutputFormat format, FileInfo? outputPath, TextWriter output, TextWriter error)
    {
        string rendered;
        try
        {
            rendered = Render(file, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            error.WriteLine($"thaigovdocs: error: {OneLine(e.Message, file.FullName)}");
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

    private static string Render(FileInfo file, OutputFormat format)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new IOException($"{file.FullName}: is a directory, not a file");
        }

        if (format is OutputFormat.Hocr or OutputFormat.Tsv)
        {
            throw new NotSupportedException($"{file.FullName}: --format {format.ToString().ToLowerInvariant()} needs a scanned input (PDF or image)");
        }

        var decoded = LetterTextFile.Read(file.FullName);
        var result = LetterParser.Parse(decoded.Text);
        if (format == OutputFormat.Text)
        {
            return result.Text.Text.EndsWith('\n') ? result.Text.Text : result.Text.Text + "\n";
        }

        var contract = LetterJson.ToContract(result, file.Name, "text");
        return LetterJson.Serialize(contract) + "\n";
    }

    /// <summary>One line that names the file: messages from the runtime don't always.</summary>
    private static string OneLine(string message, string path)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Contains(path, StringComparison.Ordinal) ? line : $"{path}: {line}";
    }
}
