namespace ThaiGovDocs.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read.</summary>
    public const int Success = 0;

    /// <summary>An input could not be read (missing, unreadable, bad format) or a native dependency or model is missing.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong (System.CommandLine's parse errors).</summary>
    public const int Usage = 2;
}
