namespace ThaiGovDocs.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read.</summary>
    public const int Success = 0;

    /// <summary>An input could not be read (missing, unreadable, bad format) or a native dependency or model is missing; for <c>batch</c>, a fatal error (no input folder, output not writable, interrupted).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong (System.CommandLine's parse errors).</summary>
    public const int Usage = 2;

    /// <summary><c>batch</c> finished every input, but some failed (listed with reasons in errors.jsonl).</summary>
    public const int CompletedWithFailures = 3;
}
