using System.Diagnostics;

namespace FormExtract.Cli.Tests.Support;

/// <summary>Runs a shell command for what .NET cannot make: FIFOs, names that are not UTF-8, paths past PATH_MAX.</summary>
internal static class Shell
{
    public static void Run(string workingFolder, string command)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingFolder, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = ChildProcess.Start(start);
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command}: {errors}");
    }
}
