using System.Text.Json;
using FormExtract.Cli.Tests.Support;
using FormExtract.Testing.Hostile;
using MiniExcelLibs;

namespace FormExtract.Cli.Tests;

/// <summary>No run destroys data: outputs that are inputs are refused, rewrites are atomic, runs that share a folder both finish.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--jsonl")]
    [InlineData("--log-json")]
    public async Task An_output_file_that_is_an_input_is_refused_and_the_input_kept(string option)
    {
        var input = _folder.Write("in/forms.txt", HostileFiles.RealDump);
        string[] args = option == "--jsonl"
            ? ["extract", _folder.Path("in"), "--jsonl", input]
            : ["extract", _folder.Path("in"), "--out", _folder.Path("out"), "--log-json", input];

        var exit = await CliRunner.RunRawAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal(HostileFiles.RealDump, await File.ReadAllBytesAsync(input));
        Assert.False(Directory.Exists(_folder.Path("out")));
    }

    [Fact]
    public async Task An_output_folder_that_is_the_input_folder_gets_the_documents_beside_the_inputs()
    {
        _folder.Write("in/forms.txt", HostileFiles.RealDump);
        _folder.Write("in/sub/more.txt", HostileFiles.RealDump);

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("in"));
        var (again, events) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("in"), "--resume");

        Assert.Equal((0, 0), (exit, again));
        SchemaAssert.ValidDocument(await File.ReadAllTextAsync(_folder.Path("in", "forms.txt.json")));
        SchemaAssert.ValidDocument(await File.ReadAllTextAsync(_folder.Path("in", "sub", "more.txt.json")));
        Assert.Equal(2, events.Single(e => e.GetProperty("@mt").GetString()!.StartsWith("Done", StringComparison.Ordinal)).GetProperty("FileCount").GetInt32());
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_a_usage_error()
    {
        _folder.Write("in/forms.txt", HostileFiles.RealDump);
        var notAFolder = _folder.Write("out", [1]);

        Assert.Equal(2, await CliRunner.RunRawAsync("extract", _folder.Path("in"), "--out", notAFolder, "--quiet"));
    }

    [Fact]
    public async Task A_log_file_that_cannot_be_opened_stops_the_run_before_it_reads_anything()
    {
        _folder.Write("in/forms.txt", HostileFiles.RealDump);
        _folder.Write("taken", "a file where the log's folder would go"u8.ToArray());

        var exit = await CliRunner.RunRawAsync("extract", _folder.Path("in"), "--out", _folder.Path("out"), "--log-json", _folder.Path("taken", "log.jsonl"));

        Assert.Equal(2, exit);
        Assert.False(Directory.Exists(_folder.Path("out")));
    }

    [Fact]
    public async Task A_log_file_in_a_folder_not_made_yet_is_written_there()
    {
        _folder.Write("in/forms.txt", HostileFiles.RealDump);

        var exit = await CliRunner.RunRawAsync("extract", _folder.Path("in"), "--out", _folder.Path("out"), "--quiet", "--log-json", _folder.Path("logs", "run.jsonl"));

        Assert.Equal(0, exit);
        Assert.Contains(File.ReadAllLines(_folder.Path("logs", "run.jsonl")), l => JsonDocument.Parse(l).RootElement.GetProperty("@mt").GetString()!.StartsWith("Done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_with_no_form_fails_the_run_as_the_readme_says()
    {
        _folder.Write("in/minutes.txt", "会议纪要\n时间\t2023年\n"u8.ToArray());

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"));

        Assert.Equal(1, exit);
        SchemaAssert.ValidDocument(await File.ReadAllTextAsync(_folder.Path("out", "minutes.txt.json")));
    }

    [Fact]
    public async Task Validate_that_cannot_write_leaves_the_document_whole()
    {
        var input = _folder.Write("forms.txt", HostileFiles.RealDump);
        await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));
        var path = _folder.Path("out", "forms.txt.json");
        var before = await File.ReadAllBytesAsync(path);

        // The disk fills up half way through the rewrite.
        var (exit, _, errors) = await CliProcess.RunLimitedAsync(_folder.Root, fileSizeLimitBytes: before.Length / 2, "validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("cannot be revalidated", errors, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Empty(Directory.GetFiles(_folder.Path("out"), "*.partial"));
    }

    [Fact]
    public async Task Review_apply_that_cannot_write_one_document_corrects_the_others_and_leaves_it_whole()
    {
        var input = _folder.Write("forms.txt", HostileFiles.RealDump);
        await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));
        var open = _folder.Path("open", "forms.json");
        var locked = _folder.Path("locked", "forms.json");
        Directory.CreateDirectory(_folder.Path("open"));
        Directory.CreateDirectory(_folder.Path("locked"));
        File.Copy(_folder.Path("out", "forms.txt.json"), open);
        File.Copy(_folder.Path("out", "forms.txt.json"), locked);
        var before = await File.ReadAllBytesAsync(locked);
        var workbook = _folder.Path("review.xlsx");
        Assert.Equal(0, (await CliRunner.RunAsync(_folder, "review", "export", open, locked, "--xlsx", workbook)).ExitCode);

        // One figure of each document corrected; the locked document's folder cannot take the rewrite.
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "review").Cast<IDictionary<string, object?>>()
            .Select(r => r.Where(p => p.Key != "crop").ToDictionary(p => p.Key, p => p.Value)).ToList();
        foreach (var document in new[] { open, locked })
        {
            rows.First(r => (string)r["document"]! == document && ((string)r["path"]!).EndsWith("/score", StringComparison.Ordinal))["corrected"] = "1";
        }

        var filled = _folder.Path("filled.xlsx");
        MiniExcel.SaveAs(filled, new Dictionary<string, object> { ["review"] = rows.Select(r => (IDictionary<string, object?>)r).ToList() });
        Shell.Run(_folder.Root, "chmod 555 locked");
        try
        {
            var result = await CliProcess.RunUnprivilegedAsync(_folder.Root, "review", "apply", filled);

            Assert.Equal(1, result.ExitCode);
            Assert.False(result.ShowsInternals, result.Stderr);
            Assert.Contains(locked, result.Stderr, StringComparison.Ordinal);
            Assert.Contains("left as it was", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("\"correction\"", await File.ReadAllTextAsync(open), StringComparison.Ordinal);
            Assert.Equal(before, await File.ReadAllBytesAsync(locked));
            Assert.Single(Directory.GetFiles(_folder.Path("locked")));
            Assert.Single(Directory.GetFiles(_folder.Path("open")));
        }
        finally
        {
            Shell.Run(_folder.Root, "chmod 755 locked");
        }
    }

    [Fact]
    public async Task Two_runs_on_one_output_folder_both_finish_with_whole_documents()
    {
        for (var i = 0; i < 20; i++)
        {
            _folder.Write($"in/{i:D2}.txt", [.. HostileFiles.RealDump, .. System.Text.Encoding.ASCII.GetBytes(new string('\n', i + 1))]);
        }

        var first = CliProcess.RunAsync(_folder.Root, null, "extract", "in", "--out", "out", "--parallel", "1", "--quiet");
        var second = CliProcess.RunAsync(_folder.Root, null, "extract", "in", "--out", "out", "--parallel", "1", "--quiet");
        var results = await Task.WhenAll(first, second);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Stderr));
        var documents = Directory.GetFiles(_folder.Path("out"), "*.json");
        Assert.Equal(20, documents.Length);
        Assert.All(documents, d => Assert.Equal(12, JsonDocument.Parse(File.ReadAllText(d)).RootElement.GetProperty("forms").GetArrayLength()));
        Assert.Empty(Directory.GetFiles(_folder.Path("out", ".formextract-tmp")));
        Assert.Equal(40, File.ReadAllLines(_folder.Path("out", ".formextract-done.jsonl")).Length);
    }

    [Fact]
    public async Task A_file_past_the_time_limit_fails_alone_with_the_limit_named()
    {
        _folder.Write("in/forms.txt", HostileFiles.RealDump);
        _folder.Write("in/scan.png", File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png")));

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"), "--limit", "seconds=1");

        Assert.Equal(1, exit);
        using var scan = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.Path("out", "scan.png.json")));
        var warning = Assert.Single(scan.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("time-limit", warning.GetProperty("code").GetString());
        Assert.Contains("1 s allowed for one file (--limit seconds)", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var text = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.Path("out", "forms.txt.json")));
        Assert.Equal(12, text.RootElement.GetProperty("forms").GetArrayLength());
    }

    [Theory]
    [InlineData("pages=3")]
    [InlineData("text-bytes=0")]
    [InlineData("text-bytes=ten")]
    [InlineData("seconds")]
    public async Task A_limit_that_is_unknown_or_out_of_range_is_a_usage_error(string setting) =>
        Assert.Equal(2, await CliRunner.RunRawAsync("extract", "x.txt", "--out", "o", "--limit", setting));
}
