namespace ThaiGovDocs.Batch.Workers;

/// <summary>How to start a worker process: a program that runs <see cref="BatchWorker.Run"/> on its standard input and output.</summary>
/// <param name="FileName">The program.</param>
/// <param name="Arguments">Its arguments.</param>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>This process's own program with <paramref name="verb"/> (e.g. the CLI's hidden <c>worker</c> command); handles <c>dotnet app.dll</c>.</summary>
    public static WorkerCommand ForCurrentProcess(params string[] verb)
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the path of the current program is unknown");
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return string.Equals(Path.GetFileNameWithoutExtension(process), "dotnet", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(entry)
            ? new WorkerCommand(process, [entry, .. verb])
            : new WorkerCommand(process, verb);
    }
}
