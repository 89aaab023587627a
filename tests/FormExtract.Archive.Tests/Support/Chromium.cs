using System.Diagnostics;

namespace FormExtract.Archive.Tests.Support;

/// <summary>Debian's Chromium, headless: loads a page as a browser does (scripts run) and returns its DOM.</summary>
internal static class Chromium
{
    public static async Task<string> DumpDomAsync(Uri page, string profileFolder)
    {
        var profile = Path.Combine(profileFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--dump-dom", page.ToString(),
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = ChildProcess.Start(start);
        var dom = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await log}");
        return await dom;
    }
}
