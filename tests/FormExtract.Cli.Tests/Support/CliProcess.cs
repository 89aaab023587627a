using System.Diagnostics;

namespace FormExtract.Cli.Tests.Support;

/// <summary>
/// Runs the built CLI (<c>formextract.dll</c>, copied beside the tests) as a real process, through bash when a
/// pipeline is wanted, and returns its exit code and both output streams. For signals, kills, and faults of
/// the file system that only a process can meet, <see cref="StartInfo"/> starts it so that, run as root, it
/// drops the capabilities that let root read and write anything (so that a folder without permissions is
/// unlistable, as it is for any user), and, with a file size limit, every file the process writes stops
/// growing at that size, as a full disk does.
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

    /// <summary>Runs as <see cref="StartInfo"/> starts it, every file it writes stopping at <paramref name="fileSizeLimitBytes"/>.</summary>
    public static Task<Result> RunLimitedAsync(string workingFolder, long fileSizeLimitBytes, params string[] args) =>
        RunAsync(StartInfo(workingFolder, fileSizeLimitBytes, args), environment: null, standardInput: null);

    /// <summary>Runs as <see cref="StartInfo"/> starts it: without root's powers over permissions, so a read-only folder is one.</summary>
    public static Task<Result> RunUnprivilegedAsync(string workingFolder, params string[] args) =>
        RunAsync(StartInfo(workingFolder, fileSizeLimitBytes: null, args), environment: null, standardInput: null);

    /// <summary>Runs <paramref name="script"/> with bash, where <c>$FORMEXTRACT</c> runs the CLI.</summary>
    public static Task<Result> ShellAsync(string workingDirectory, string script, string? standardInput = null)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return RunAsync(start, new Dictionary<string, string> { ["FORMEXTRACT"] = $"dotnet {Dll}" }, standardInput);
    }

    /// <summary>How to start the CLI without root's powers over permissions, under a file size limit when one is given.</summary>
    public static ProcessStartInfo StartInfo(string workingFolder, long? fileSizeLimitBytes, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A file grown past the limit gets EFBIG instead of SIGXFSZ (ignored signals stay ignored across exec).
        // The runtime's double-mapped code memory is a file too: that mapping is turned off under the limit.
        var limit = fileSizeLimitBytes is { } bytes ? $"trap '' XFSZ; ulimit -f {Math.Max(1, bytes / 1024)}; " : string.Empty;
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(limit + "exec \"$@\"");
        start.ArgumentList.Add("bash");
        if (Environment.UserName == "root")
        {
            start.ArgumentList.Add("setpriv");
            start.ArgumentList.Add("--bounding-set=-dac_override,-dac_read_search");
            start.ArgumentList.Add("--");
        }

        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        Prepare(start);
        return start;
    }

    /// <summary>Sends a signal by name (TERM, INT, KILL) to a process, as the system's <c>kill</c> does.</summary>
    public static void Signal(Process process, string signal)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var kill = ChildProcess.Start(new ProcessStartInfo("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        kill.WaitForExit();
    }

    /// <summary>What every run shares: no reproducible time from the machine's environment, and a quick start.</summary>
    private static void Prepare(ProcessStartInfo start)
    {
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        // The CLI turns tiered compilation off for bulk runs; these runs are short, and start three times faster with it.
        start.Environment["DOTNET_TieredCompilation"] = "1";
    }

    private static async Task<Result> RunAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string>? environment, string? standardInput)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        Prepare(start);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = ChildProcess.Start(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        // Long enough for the reliability suite's batch of hostile inputs on a shared machine.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    internal sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Whether anything on stderr looks like a .NET exception rather than a message for people.</summary>
        public bool ShowsInternals => Stderr.Contains("Exception", StringComparison.Ordinal) || Stderr.Contains("   at ", StringComparison.Ordinal);
    }
}
