using System.Text.Json;
using FormExtract.Cli.Commands;

namespace FormExtract.Cli.Tests.Support;

/// <summary>Runs the real command line in process; its log events are read back from the JSON log file.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, IReadOnlyList<JsonElement> Events)> RunAsync(TempFolder folder, params string[] args)
    {
        var log = folder.Path($"log-{Guid.NewGuid():N}.jsonl");
        var exit = await CommandLine.Create().RunAsync([.. args, "--quiet", "--log-json", log]);
        var events = File.Exists(log)
            ? File.ReadAllLines(log).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray()
            : [];
        return (exit, events);
    }

    /// <summary>Runs without adding options (for usage errors).</summary>
    public static Task<int> RunRawAsync(params string[] args) => CommandLine.Create().RunAsync(args);
}
