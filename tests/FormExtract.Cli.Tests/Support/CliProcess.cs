using System.Diagnostics;

namespace FormExtract.Cli.Tests.Support;

/// <summary>
/// Runs the built <c>formextract</c> as a real process: for signals, kills, and faults of the file system that
/// only a process can meet. Run as root, it drops the capabilities that let root read and write anything
/// (so that a folder without permissions is unlistable, as it is for any user); with a file size limit it
/// makes every file the process writes stop growing at that size, as a full disk does.
/// </summary>
internal sealed class CliProcess
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "formextract.dll");

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
        start.ArgumentList.Add(Cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return start;
    }

    /// <summary>Runs to the end; the exit code and what it wrote to stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string workingFolder, long? fileSizeLimitBytes, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingFolder, fileSizeLimitBytes, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Sends a signal by name (TERM, INT, KILL) to a process, as the system's <c>kill</c> does.</summary>
    public static void Signal(Process process, string signal)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
