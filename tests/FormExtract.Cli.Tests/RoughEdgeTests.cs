using System.Text.Json;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

/// <summary>The rough edges a new user met, each reproduced through the real process.</summary>
public sealed class RoughEdgeTests : IDisposable
{
    private static readonly byte[] RealDump = File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--parallel", "abc")]
    [InlineData("--parallel", "0")]
    [InlineData("--frobnicate")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--extracted-at", "yesterday")]
    public async Task A_bad_option_exits_2_with_a_message_and_no_stack_trace(params string[] bad)
    {
        var input = _folder.Write("in/forms.txt", RealDump);

        var run = await CliProcess.RunAsync(_folder.Root, null, ["extract", input, "--out", _folder.Path("out"), .. bad]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("formextract: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(bad[0], run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsInternals, run.Stderr);
        Assert.False(Directory.Exists(_folder.Path("out")), "nothing is extracted on a usage error");
    }

    [Fact]
    public async Task A_bad_SOURCE_DATE_EPOCH_is_a_usage_error()
    {
        var input = _folder.Write("in/forms.txt", RealDump);

        var run = await CliProcess.RunAsync(_folder.Root, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "last tuesday" }, "extract", input, "--out", _folder.Path("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsInternals, run.Stderr);
    }

    [Fact]
    public async Task Json_lines_go_to_standard_output_with_dash_and_logs_stay_on_stderr()
    {
        var input = _folder.Write("in/forms.txt", RealDump);

        var run = await CliProcess.RunAsync(_folder.Root, null, "extract", input, "--jsonl", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(12, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        SchemaAssert.ValidLines(run.Stdout);
        Assert.Contains("Read 12 forms", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Path("-")));
    }

    [Fact]
    public async Task A_reader_that_closes_the_pipe_ends_the_run_quietly_and_early()
    {
        for (var i = 0; i < 30; i++)
        {
            _folder.Write($"in/{i:D2}.txt", RealDump);
        }

        var log = _folder.Path("log.jsonl");
        var run = await CliProcess.ShellAsync(_folder.Root, $"set -o pipefail; $FORMEXTRACT extract in --jsonl - --parallel 1 --quiet --log-json {log} | head -n 1 >/dev/null; echo \"exit ${{PIPESTATUS[0]}}\"");

        Assert.Equal("exit 0", run.Stdout.Trim());
        Assert.Equal(string.Empty, run.Stderr);
        var read = File.ReadAllLines(log).Count(l => l.Contains("Read {FormCount} forms", StringComparison.Ordinal));
        Assert.InRange(read, 0, 29); // it stopped at the first write that found the pipe closed, not after all 30 files
    }

    [Fact]
    public async Task Writing_json_lines_to_dev_stdout_into_a_closed_pipe_ends_quietly_too()
    {
        for (var i = 0; i < 10; i++)
        {
            _folder.Write($"in/{i:D2}.txt", RealDump);
        }

        var run = await CliProcess.ShellAsync(_folder.Root, "$FORMEXTRACT extract in --jsonl /dev/stdout --parallel 1 --quiet | head -c 10 >/dev/null; echo \"exit ${PIPESTATUS[0]}\"");

        Assert.Equal("exit 0", run.Stdout.Trim());
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public async Task Validate_names_the_field_that_makes_a_file_no_document_and_leaves_the_file_alone()
    {
        var input = _folder.Write("in/forms.txt", RealDump);
        await CliProcess.RunAsync(_folder.Root, null, "extract", input, "--out", _folder.Path("out"), "--quiet");
        var path = _folder.Path("out", "forms.txt.json");
        var broken = File.ReadAllText(path).Replace("\"format\": \"text\"", "\"format\": \"word\"", StringComparison.Ordinal);
        File.WriteAllText(path, broken);

        var run = await CliProcess.RunAsync(_folder.Root, null, "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/source/format", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsInternals, run.Stderr);
        Assert.DoesNotContain("FormExtract.Core", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("[1, 2, 3]", "not one")]
    [InlineData("{ \"hello\": ", "not JSON")]
    [InlineData("{\"schema\": \"formextract/document/v1\", \"source\": {\"path\": \"a\", \"sha256\": \"00\", \"format\": \"text\"}}", "/source/sha256")]
    public async Task Validate_explains_a_file_that_is_not_a_document(string text, string explanation)
    {
        var path = _folder.Write("not-a-document.json", System.Text.Encoding.UTF8.GetBytes(text));

        var run = await CliProcess.RunAsync(_folder.Root, null, "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(explanation, run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsInternals, run.Stderr);
    }

    [Fact]
    public async Task Validate_reads_standard_input_and_writes_standard_output_with_dash()
    {
        var input = _folder.Write("in/forms.txt", RealDump);
        await CliProcess.RunAsync(_folder.Root, null, "extract", input, "--out", _folder.Path("out"), "--quiet");
        var document = File.ReadAllText(_folder.Path("out", "forms.txt.json"));

        var run = await CliProcess.ShellAsync(_folder.Root, "$FORMEXTRACT validate - --quiet", document);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(document, run.Stdout);
    }

    [Fact]
    public async Task Include_and_exclude_globs_choose_the_files_found_in_folders()
    {
        _folder.Write("in/a.txt", RealDump);
        _folder.Write("in/b.dump", RealDump);
        _folder.Write("in/drafts/c.txt", RealDump);
        _folder.Write("in/README.md", "# Notes\n"u8.ToArray());

        var run = await CliProcess.RunAsync(_folder.Root, null, "extract", "in", "--out", "out", "--include", "**/*.txt", "--include", "*.dump", "--exclude", "drafts/**", "--quiet");

        Assert.Equal(0, run.ExitCode);
        // The folder's hidden bookkeeping (the record that --resume reads) aside, only the chosen files' documents are there.
        var written = Directory.EnumerateFiles(_folder.Path("out"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder.Path("out"), f)).Where(f => !f.StartsWith('.')).Order(StringComparer.Ordinal);
        Assert.Equal(["a.txt.json", "b.dump.json"], written);
    }

    [Theory]
    [InlineData("text-01-sample.txt", "error", 3)]
    [InlineData("text-01-sample.txt", "warning", 3)]
    [InlineData("text-02-damaged.txt", "error", 0)]
    [InlineData("text-02-damaged.txt", "warning", 3)]
    [InlineData("text-00-clean.txt", "warning", 0)]
    public async Task Fail_on_turns_findings_into_exit_3_for_pipelines(string name, string level, int exit)
    {
        var input = _folder.Write(name, File.ReadAllBytes(Repository.Path("corpus", "synthetic", "text", name)));

        var extract = await CliProcess.RunAsync(_folder.Root, null, "extract", input, "--out", "out", "--fail-on", level, "--quiet");
        var validate = await CliProcess.RunAsync(_folder.Root, null, "validate", _folder.Path("out", name + ".json"), "--fail-on", level, "--quiet");

        Assert.Equal(exit, extract.ExitCode);
        Assert.Equal(exit, validate.ExitCode);
    }

    [Fact]
    public async Task Documents_record_the_tool_version_and_a_reproducible_time_of_extraction()
    {
        var input = _folder.Write("in/forms.txt", RealDump);
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1714550400" };

        var version = await CliProcess.RunAsync(_folder.Root, null, "--version");
        await CliProcess.RunAsync(_folder.Root, epoch, "extract", input, "--out", "a", "--quiet");
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        await CliProcess.RunAsync(_folder.Root, epoch, "extract", input, "--out", "b", "--quiet");
        await CliProcess.RunAsync(_folder.Root, epoch, "extract", input, "--out", "c", "--quiet", "--extracted-at", "2025-01-02T03:04:05+08:00");
        var now = DateTime.UtcNow;
        await CliProcess.RunAsync(_folder.Root, null, "extract", input, "--out", "d", "--quiet");

        Assert.Equal(File.ReadAllBytes(_folder.Path("a", "forms.txt.json")), File.ReadAllBytes(_folder.Path("b", "forms.txt.json")));
        var a = Source("a");
        Assert.Equal(version.Stdout.Trim(), a.GetProperty("toolVersion").GetString());
        Assert.Equal("2024-05-01T08:00:00Z", a.GetProperty("extractedAt").GetString());
        Assert.Equal("2025-01-01T19:04:05Z", Source("c").GetProperty("extractedAt").GetString());
        Assert.InRange(Source("d").GetProperty("extractedAt").GetDateTime(), now.AddMinutes(-1), now.AddMinutes(1));
        SchemaAssert.ValidDocument(File.ReadAllText(_folder.Path("d", "forms.txt.json")));
    }

    private JsonElement Source(string folder) =>
        JsonDocument.Parse(File.ReadAllText(_folder.Path(folder, "forms.txt.json"))).RootElement.GetProperty("source").Clone();
}
