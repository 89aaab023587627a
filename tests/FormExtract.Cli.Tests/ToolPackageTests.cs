using System.Diagnostics;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

/// <summary>
/// The .NET tool package as a stranger gets it: packed from this build, installed from a local feed (and no other
/// source) into a folder of its own, then run.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_tool_installs_from_a_local_feed_reports_its_version_and_extracts_the_bundled_corpus()
    {
        var feed = Directory.CreateDirectory(_folder.Path("feed")).FullName;
        var tools = _folder.Path("tools");
        // Only the local feed: the package must hold everything the tool needs.
        var config = _folder.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><packageSources><clear /></packageSources></configuration>"u8.ToArray());
        var pack = await RunAsync("dotnet", "pack", Repository.Path("src", "FormExtract.Cli", "FormExtract.Cli.csproj"), "-c", Configuration, "--no-build", "--no-restore", "-o", feed, "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
        var package = Path.GetFileName(Assert.Single(Directory.GetFiles(feed, "FormExtract.Tool.*.nupkg")));
        var version = package["FormExtract.Tool.".Length..^".nupkg".Length];

        var install = await RunAsync("dotnet", "tool", "install", "FormExtract.Tool", "--version", version, "--tool-path", tools, "--add-source", feed, "--configfile", config);
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
        var formextract = Path.Combine(tools, "formextract");
        var reported = await RunAsync(formextract, "--version");
        var extract = await RunAsync(formextract, "extract", Repository.Path("corpus", "text"), "--out", _folder.Path("out"), "--quiet", "--extracted-at", "2024-05-01T08:00:00Z");

        Assert.Equal(version, reported.Stdout.Trim());
        Assert.Equal(ToolVersion.Current, version);
        Assert.True(extract.ExitCode == 0, extract.Stderr);
        var written = File.ReadAllText(_folder.Path("out", "shanghai-cdpf-2022.txt.json"));
        SchemaAssert.ValidDocument(written);
        var golden = File.ReadAllText(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt.expected.json"));
        var stamp = $",\n    \"toolVersion\": \"{version}\",\n    \"extractedAt\": \"2024-05-01T08:00:00Z\"";
        var path = Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt");
        Assert.Equal(golden, written.Replace(stamp, string.Empty, StringComparison.Ordinal).Replace($"\"path\": \"{path}\"", "\"path\": \"corpus/text/shanghai-cdpf-2022.txt\"", StringComparison.Ordinal));
    }

    private async Task<CliProcess.Result> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = _folder.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Packages are unpacked into a cache of this test's own: a cached package of the same version (the same
        // commit, other changes) must not stand in for the one just packed.
        start.Environment["NUGET_PACKAGES"] = _folder.Path("nuget-packages");
        using var process = ChildProcess.Start(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new CliProcess.Result(process.ExitCode, await stdout, await stderr);
    }
}
