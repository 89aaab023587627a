using System.Diagnostics;

namespace FormExtract.Cli.Tests.Support;

/// <summary>
/// Runs the built CLI (<c>formextract.dll</c>, copied beside the tests) as a real process, through bash when a
/// pipeline is wanted, and returns its exit code and both output streams.
/// </summary>
internal static class CliProcess
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "formextract.dll");

    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return RunAsync(start, environment, standardInput: null);
    }

    /// <summary>Runs <paramref name="script"/> with bash, where <c>$FORMEXTRACT</c> runs the CLI.</summary>
    public static Task<Result> ShellAsync(string workingDirectory, string script, string? standardInput = null)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return RunAsync(start, new Dictionary<string, string> { ["FORMEXTRACT"] = $"dotnet {Dll}" }, standardInput);
    }

    private static async Task<Result> RunAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string>? environment, string? standardInput)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        // The CLI turns tiered compilation off for bulk runs; these runs are short, and start three times faster with it.
        start.Environment["DOTNET_TieredCompilation"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    internal sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Whether anything on stderr looks like a .NET exception rather than a message for people.</summary>
        public bool ShowsInternals => Stderr.Contains("Exception", StringComparison.Ordinal) || Stderr.Contains("   at ", StringComparison.Ordinal);
    }
}
