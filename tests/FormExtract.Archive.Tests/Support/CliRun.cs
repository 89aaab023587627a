using FormExtract.Cli.Commands;

namespace FormExtract.Archive.Tests.Support;

/// <summary>Runs the real command line in this process (its logs go to stderr, warnings and errors only).</summary>
internal static class CliRun
{
    public static Task<int> RunAsync(params string[] args) => CommandLine.Create().RunAsync([.. args, "--quiet"]);
}
