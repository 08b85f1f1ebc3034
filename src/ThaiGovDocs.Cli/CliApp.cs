using System.CommandLine;
using ThaiGovDocs.Cli.Commands;

namespace ThaiGovDocs.Cli;

/// <summary>The <c>thaigovdocs</c> command line: builds the command tree and runs it.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool with <paramref name="args"/>, writing results to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Reads Thai government letters (หนังสือราชการ) — text, PDF or scanned images — into typed JSON records.");
        root.Subcommands.Add(ReadCommand.Create(output, error));
        root.Subcommands.Add(BatchCommand.Create(output, error));
        root.Subcommands.Add(WorkerCommand.Create(output));
        var config = new InvocationConfiguration { Output = output, Error = error };
        var parsed = root.Parse(args);
        int exit = parsed.Invoke(config);

        // System.CommandLine reports its own parse errors (and help) with 1; ours keeps 1 for a failed input.
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : exit;
    }
}
