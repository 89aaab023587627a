using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FormExtract.Cli.Tests.Support;
using FormExtract.Testing.Hostile;

namespace FormExtract.Cli.Tests;

/// <summary>
/// Runs stopped by SIGTERM or kill -9 at any point leave only whole documents and whole lines, and a resumed run
/// finishes the rest: every form present exactly once, every file valid JSON. This is the small version of
/// <c>benchmarks/reliability/run.sh</c> (500 files, ten kills per output kind).
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private const int Files = 40;
    private const int FormsPerFile = 12;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task A_signal_during_a_json_lines_run_leaves_whole_lines_and_says_how_to_resume(string signal, int exitCode)
    {
        // A process started with SIGINT ignored (a background job of a non-interactive shell) passes that on, and the
        // CLI, as POSIX programs do, leaves an ignored signal ignored: the test must run where SIGINT reaches it.
        Assert.False(signal == "INT" && SignalIgnored(2), "SIGINT is ignored by this test run (started in the background by a non-interactive shell); run the tests in the foreground.");
        WriteInputs(Files);
        using var process = Start("extract", "in", "--jsonl", "forms.jsonl", "--parallel", "1");
        var stderr = process.StandardError.ReadToEndAsync();
        await WaitForAsync(() => File.Exists(_folder.Path("forms.jsonl")) && new FileInfo(_folder.Path("forms.jsonl")).Length > 0);

        CliProcess.Signal(process, signal);
        await process.WaitForExitAsync();
        var errors = await stderr;

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains($"Interrupted by SIG{signal}", errors, StringComparison.Ordinal);
        Assert.Contains("--resume", errors, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(_folder.Path("forms.jsonl"));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 1, (Files * FormsPerFile) - 1);
        Assert.Equal(0, lines.Length % FormsPerFile);
        SchemaAssert.ValidLines(text);
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--jsonl")]
    public async Task Kills_and_sigterms_at_random_points_then_resume_give_every_form_exactly_once(string output)
    {
        WriteInputs(Files);
        var target = output == "--out" ? "out" : "forms.jsonl";
        var random = new Random(14);
        for (var round = 0; round < 4; round++)
        {
            using var process = Start("extract", "in", output, target, "--resume", "--parallel", "2", "--quiet");
            var stderr = process.StandardError.ReadToEndAsync();
            await Task.Delay(random.Next(400, 2500));
            CliProcess.Signal(process, round % 2 == 0 ? "KILL" : "TERM");
            await process.WaitForExitAsync();
            await stderr;
            Assert.Contains(process.ExitCode, new[] { 0, 137, 143 });
        }

        var (exit, _, errors) = await CliProcess.RunAsync(_folder.Root, null, "extract", "in", output, target, "--resume", "--quiet");

        Assert.True(exit == 0, errors);
        var forms = output == "--out" ? FormsInDocuments() : FormsInLines();
        Assert.Equal(Files * FormsPerFile, forms.Count);
        Assert.Equal(forms.Count, forms.Distinct().Count());
        Assert.Empty(Directory.Exists(_folder.Path("out", ".formextract-tmp")) ? Directory.GetFiles(_folder.Path("out", ".formextract-tmp")) : []);
    }

    private List<(string Path, int Form)> FormsInDocuments()
    {
        var forms = new List<(string, int)>();
        var documents = Directory.GetFiles(_folder.Path("out"), "*.json");
        Assert.Equal(Files, documents.Length);
        foreach (var path in documents)
        {
            var json = File.ReadAllText(path);
            SchemaAssert.ValidDocument(json);
            var root = JsonDocument.Parse(json).RootElement;
            var source = root.GetProperty("source").GetProperty("path").GetString()!;
            forms.AddRange(root.GetProperty("forms").EnumerateArray().Select(f => (source, f.GetProperty("formIndex").GetInt32())));
        }

        return forms;
    }

    private List<(string Path, int Form)> FormsInLines()
    {
        var text = File.ReadAllText(_folder.Path("forms.jsonl"));
        SchemaAssert.ValidLines(text);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(f => (f.GetProperty("source").GetProperty("path").GetString()!, f.GetProperty("formIndex").GetInt32()))
            .ToList();
    }

    /// <summary>Copies of the real dump, each made distinct (its own SHA-256) by trailing blank lines.</summary>
    private void WriteInputs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _folder.Write($"in/{i:D3}.txt", [.. HostileFiles.RealDump, .. Encoding.ASCII.GetBytes(new string('\n', i + 1))]);
        }
    }

    private Process Start(params string[] args) => ChildProcess.Start(CliProcess.StartInfo(_folder.Root, null, args));

    /// <summary>Whether this process ignores the signal (its bit in /proc/self/status's SigIgn mask), as the processes it starts then do.</summary>
    private static bool SignalIgnored(int number)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (number - 1))) != 0;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the run wrote nothing");
            await Task.Delay(20);
        }
    }
}
