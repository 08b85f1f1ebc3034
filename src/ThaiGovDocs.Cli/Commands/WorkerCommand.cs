using System.CommandLine;
using ThaiGovDocs.Batch.Workers;

namespace ThaiGovDocs.Cli.Commands;

/// <summary>The hidden <c>worker</c> command: the process <c>batch</c> starts to recognise one scan (one JSON request line in, one response line out).</summary>
internal static class WorkerCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("worker", "Internal: recognises one input for 'batch' (JSON request on standard input, response on standard output).") { Hidden = true };
        command.SetAction(_ => BatchWorker.Run(Console.In, output));
        return command;
    }
}
