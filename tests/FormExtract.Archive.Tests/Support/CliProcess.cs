using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace FormExtract.Archive.Tests.Support;

/// <summary>
/// The command line as a process of its own (the build this test project was built with), so that a test can
/// kill it with SIGKILL, run several at once, or run it as another user. Its output is read line by line:
/// lines end in a bare newline, whatever they ended in.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _stdout = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string Dll { get; } = Repository.Path("src", "FormExtract.Cli", "bin", Configuration, "net10.0", "formextract.dll");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    private static string Configuration =>
        typeof(CliProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>
    /// Starts <c>formextract ARGS</c>; with <paramref name="asUser"/>, as that user (a numeric id) from a copy of the
    /// build in <paramref name="copyFolder"/>, which that user can read wherever the repository is.
    /// </summary>
    public static CliProcess Start(IEnumerable<string> args, string? asUser = null, string? copyFolder = null)
    {
        var dll = Dll;
        if (asUser is not null)
        {
            ArgumentNullException.ThrowIfNull(copyFolder);
            dll = CopyBuild(copyFolder);
        }

        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asUser is not null)
        {
            // A temporary folder that user can write (ML.NET unpacks the confidence model there), beside the copy.
            var temporary = Directory.CreateDirectory(Path.Combine(copyFolder!, "tmp"));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary.FullName, (UnixFileMode)0b111_111_111);
            }

            start.FileName = "setpriv";
            foreach (var arg in new[] { $"--reuid={asUser}", $"--regid={asUser}", "--clear-groups", "env", "HOME=/tmp", $"TMPDIR={temporary.FullName}", "DOTNET_CLI_TELEMETRY_OPTOUT=1" })
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add("dotnet");
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new CliProcess(ChildProcess.Start(start));
    }

    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, string? asUser = null, string? copyFolder = null, TimeSpan? timeout = null)
    {
        using var process = Start(args, asUser, copyFolder);
        var exit = await process.WaitAsync(timeout ?? TimeSpan.FromMinutes(2));
        return (exit, process.Stdout, process.Stderr);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"formextract did not finish within {timeout}; stderr:\n{Stderr}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to clean up, as when a machine dies.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static string CopyBuild(string folder)
    {
        var source = Path.GetDirectoryName(Dll)!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return Path.Combine(folder, Path.GetFileName(Dll));
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
