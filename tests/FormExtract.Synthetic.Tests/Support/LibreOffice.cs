using System.Diagnostics;
using FormExtract.Testing;

namespace FormExtract.Synthetic.Tests.Support;

/// <summary>LibreOffice headless as the tests use it: to save generated files in a legacy format (DOC, XLS), as an archive holds them.</summary>
internal static class LibreOffice
{
    /// <summary>Converts the file to <paramref name="target"/> (<c>doc</c>, <c>xls</c>) in its folder, with a private profile; returns the new file's path.</summary>
    public static string Convert(string path, string target)
    {
        var folder = Path.GetDirectoryName(path)!;
        var profile = new Uri(Path.Combine(folder, "libreoffice-profile")).AbsoluteUri;
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", folder, path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = ChildProcess.Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice did not convert {path} to {target} in 3 minutes.");
        }

        var converted = Path.ChangeExtension(path, target);
        return File.Exists(converted) ? converted : throw new InvalidOperationException($"soffice did not convert {path} to {target}: {output.Result}{errors.Result}");
    }
}
