using System.CommandLine;

namespace FormExtract.Cli.Commands;

/// <summary>Options shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> LogJson() => new("--log-json")
    {
        Description = "Also write structured logs (compact JSON, one event per line) to this file.",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Log warnings and errors only, and show no progress bar.",
    };
}
