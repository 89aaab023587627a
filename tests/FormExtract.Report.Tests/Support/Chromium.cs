using System.Diagnostics;

namespace FormExtract.Report.Tests.Support;

/// <summary>
/// Debian's Chromium, headless: loads a page as a browser does (scripts run, the page's security policy
/// applies) and returns its DOM with the messages the page wrote to the console (errors included).
/// </summary>
internal static class Chromium
{
    public static async Task<(string Dom, IReadOnlyList<string> Console)> LoadAsync(string file, string profileFolder)
    {
        var profile = Path.Combine(profileFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}",
            "--dump-dom", new Uri(Path.GetFullPath(file)).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = ChildProcess.Start(start);
        var dom = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await log}");
        // Console messages are logged as "...:CONSOLE(line)] message"; a refused script or image is one too.
        var console = (await log).Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Refused", StringComparison.Ordinal)).ToArray();
        return (await dom, console);
    }
}
