using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ThaiGovDocs.Ocr.Pdf;

/// <summary>Reads a PDF's text layer, page by page, with poppler's pdftotext run as a separate process (GPL: never linked).</summary>
internal static class PdfTextLayerReader
{
    /// <summary>Each page's text (pdftotext separates pages with form feeds), or null when pdftotext is not installed.</summary>
    /// <exception cref="OcrInputException">pdftotext ran but could not read the file.</exception>
    public static IReadOnlyList<string>? TryRead(string command, string path, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in (string[])["-layout", "-enc", "UTF-8", "-q", path, "-"]) start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new OcrInputException(path, $"{command} did not finish within {timeout.TotalSeconds:0} s");
            }

            if (process.ExitCode != 0)
            {
                throw new OcrInputException(path, $"{command} failed reading the text layer (exit code {process.ExitCode}): {error.Result.Trim()}");
            }

            var pages = output.Result.Split('\f');
            // pdftotext ends the last page with a form feed too.
            return pages.Length > 1 && pages[^1].Length == 0 ? pages[..^1] : pages;
        }
    }
}
