using System.Text;
using System.Text.Json;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private static readonly byte[] RealDump = File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Writes_one_schema_valid_document_named_after_the_whole_input_name()
    {
        var input = _folder.Write("in/forms.txt", RealDump);

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));

        Assert.Equal(0, exit);
        var json = await File.ReadAllTextAsync(_folder.Path("out", "forms.txt.json"));
        SchemaAssert.ValidDocument(json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(12, document.RootElement.GetProperty("forms").GetArrayLength());
        Assert.Equal(input, document.RootElement.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public async Task The_cli_writes_the_reviewed_golden_document_of_the_real_dump()
    {
        var input = _folder.Write("corpus/text/shanghai-cdpf-2022.txt", RealDump);

        await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));

        var written = await File.ReadAllTextAsync(_folder.Path("out", "shanghai-cdpf-2022.txt.json"));
        var golden = await File.ReadAllTextAsync(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt.expected.json"));
        // The golden document is the pipeline's; the CLI adds only who read the file and when.
        written = System.Text.RegularExpressions.Regex.Replace(written, ",\n    \"toolVersion\": \"[^\"]+\",\n    \"extractedAt\": \"[^\"]+\"", string.Empty);
        Assert.Equal(golden, written.Replace($"\"path\": \"{input}\"", "\"path\": \"corpus/text/shanghai-cdpf-2022.txt\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Output_is_byte_identical_across_runs()
    {
        var input = _folder.Write("in/forms.txt", RealDump);

        await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("a"), "--parallel", "1", "--extracted-at", "2024-05-01T08:00:00Z");
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("b"), "--parallel", "2", "--extracted-at", "2024-05-01T08:00:00Z");

        Assert.Equal(await File.ReadAllBytesAsync(_folder.Path("a", "forms.txt.json")), await File.ReadAllBytesAsync(_folder.Path("b", "forms.txt.json")));
    }

    [Fact]
    public async Task A_folder_mixing_good_and_bad_files_writes_every_good_file_and_names_every_bad_one()
    {
        var truncated = Encoding.UTF8.GetString(RealDump).Split('\n').Take(20);
        var random = new byte[2048];
        new Random(3).NextBytes(random);
        _folder.Write("in/good.txt", RealDump);
        _folder.Write("in/nested/also-good.txt", RealDump);
        _folder.Write("in/empty.txt", []);
        _folder.Write("in/random.bin", random);
        _folder.Write("in/minutes.txt", Encoding.UTF8.GetBytes("会议纪要\n时间\t2023年\n"));
        _folder.Write("in/truncated.txt", Encoding.UTF8.GetBytes(string.Join('\n', truncated)));
        var pdf = File.ReadAllBytes(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "single-form.pdf"));
        _folder.Write("in/cut-short.pdf", pdf[..(pdf.Length / 3)]);

        var (exit, events) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"));

        Assert.Equal(1, exit);
        foreach (var name in new[] { "good.txt", "nested/also-good.txt", "empty.txt", "random.bin", "minutes.txt", "truncated.txt", "cut-short.pdf" })
        {
            SchemaAssert.ValidDocument(await File.ReadAllTextAsync(_folder.Path("out", name + ".json")));
        }

        Assert.Equal(12, FormCount("good.txt"));
        Assert.Equal(12, FormCount("nested/also-good.txt"));
        Assert.Contains(Warnings("empty.txt"), w => w.Code == "empty-file" && w.Message.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(Warnings("random.bin"), w => w.Code == "not-text" && w.Message.Contains("random.bin", StringComparison.Ordinal));
        Assert.Contains(Warnings("minutes.txt"), w => w.Code == "no-forms");
        Assert.Contains(Warnings("truncated.txt"), w => w is { Code: "form-truncated", Line: 19 });
        Assert.Equal(1, FormCount("truncated.txt"));
        Assert.Contains(Warnings("cut-short.pdf"), w => w.Message.Contains("cut-short.pdf", StringComparison.Ordinal));
        Assert.Contains(events, e => e.TryGetProperty("@l", out var level) && level.GetString() == "Error" && e.GetProperty("File").GetString()!.EndsWith("random.bin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inputs_of_the_same_name_in_different_formats_never_collide()
    {
        _folder.Write("in/a.txt", RealDump);
        _folder.Write("in/a.html", File.ReadAllBytes(Repository.Path("tests", "FormExtract.Html.Tests", "Fixtures", "Pages", "clean-utf8.html")));
        _folder.Write("in/a.pdf", File.ReadAllBytes(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "single-form.pdf")));

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"));

        Assert.Equal(0, exit);
        using var text = Document("a.txt");
        using var html = Document("a.html");
        Assert.Equal("text", text.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal("html", html.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal(1, html.RootElement.GetProperty("forms").GetArrayLength());
        using var pdf = Document("a.pdf");
        Assert.Equal("pdf", pdf.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal(1, pdf.RootElement.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task A_scan_is_read_by_ocr()
    {
        var input = _folder.Write("in/scan.png", File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png")));

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));

        Assert.Equal(0, exit);
        var json = await File.ReadAllTextAsync(_folder.Path("out", "scan.png.json"));
        SchemaAssert.ValidDocument(json);
        using var document = JsonDocument.Parse(json);
        var source = document.RootElement.GetProperty("source");
        Assert.Equal(("image", true), (source.GetProperty("format").GetString(), source.GetProperty("ocr").GetBoolean()));
        Assert.Equal(1, document.RootElement.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task A_printed_PDF_with_one_scanned_page_is_read_whole_with_that_page_by_ocr()
    {
        var input = _folder.Write("in/mixed.pdf", File.ReadAllBytes(Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", "mixed-scan-second.pdf")));

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));

        Assert.Equal(0, exit);
        var json = await File.ReadAllTextAsync(_folder.Path("out", "mixed.pdf.json"));
        SchemaAssert.ValidDocument(json);
        using var document = JsonDocument.Parse(json);
        var source = document.RootElement.GetProperty("source");
        Assert.Equal(("pdf", true), (source.GetProperty("format").GetString(), source.GetProperty("ocr").GetBoolean()));
        Assert.Equal(1, document.RootElement.GetProperty("forms").GetArrayLength());
        Assert.Contains(Warnings("mixed.pdf"), w => w.Code == "pdf-no-text" && w.Message.StartsWith("page 2 ", StringComparison.Ordinal) && w.Message.Contains("read by OCR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_lines_hold_one_schema_valid_form_per_line_in_input_order()
    {
        _folder.Write("in/1.txt", RealDump);
        _folder.Write("in/2.txt", RealDump);

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--jsonl", _folder.Path("forms.jsonl"), "--parallel", "2");

        Assert.Equal(0, exit);
        var text = await File.ReadAllTextAsync(_folder.Path("forms.jsonl"));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(24, lines.Length);
        SchemaAssert.ValidLines(text);
        var order = lines.Select(l => JsonDocument.Parse(l).RootElement).Select(f => (f.GetProperty("source").GetProperty("path").GetString()!, f.GetProperty("formIndex").GetInt32())).ToArray();
        Assert.Equal(order.OrderBy(o => o.Item1, StringComparer.Ordinal).ThenBy(o => o.Item2), order);
    }

    [Fact]
    public async Task Resume_skips_documents_already_written_from_the_same_bytes()
    {
        var input = _folder.Write("in/forms.txt", RealDump);
        await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));
        var written = File.GetLastWriteTimeUtc(_folder.Path("out", "forms.txt.json"));
        _folder.Write("in/forms.txt", [.. RealDump, .. "\n"u8.ToArray()]);
        _folder.Write("in/other.txt", RealDump);

        var (exit, events) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"), "--resume");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(_folder.Path("out", "other.txt.json")));
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(_folder.Path("out", "forms.txt.json")));
        var done = events.Single(e => e.GetProperty("@mt").GetString()!.StartsWith("Done", StringComparison.Ordinal));
        Assert.Equal(0, done.GetProperty("SkippedCount").GetInt32());

        var (_, again) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"), "--resume");
        Assert.Equal(2, again.Single(e => e.GetProperty("@mt").GetString()!.StartsWith("Done", StringComparison.Ordinal)).GetProperty("SkippedCount").GetInt32());
    }

    [Theory]
    [InlineData("extract", "x.txt")]
    [InlineData("extract", "x.txt", "--out", "o", "--jsonl", "f.jsonl")]
    [InlineData("extract", "x.txt", "--out", "o", "--parallel", "0")]
    [InlineData("extract", "--out", "o")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_2(params string[] args) => Assert.Equal(2, await CliRunner.RunRawAsync(args));

    [Fact]
    public async Task A_missing_input_fails_the_run_but_not_the_others()
    {
        var input = _folder.Write("in/forms.txt", RealDump);

        var (exit, _) = await CliRunner.RunAsync(_folder, "extract", input, _folder.Path("nowhere.txt"), "--out", _folder.Path("out"));

        Assert.Equal(1, exit);
        Assert.True(File.Exists(_folder.Path("out", "forms.txt.json")));
    }

    [Fact]
    public async Task Every_log_event_names_its_input_file()
    {
        var input = _folder.Write("in/forms.txt", RealDump);

        var (_, events) = await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));

        var perFile = events.Where(e => !e.GetProperty("@mt").GetString()!.StartsWith("Done", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(perFile);
        Assert.All(perFile, e => Assert.Equal(input, e.GetProperty("File").GetString()));
    }

    private int FormCount(string name) => Document(name).RootElement.GetProperty("forms").GetArrayLength();

    private (string Code, string Message, int? Line)[] Warnings(string name) =>
        Document(name).RootElement.GetProperty("warnings").EnumerateArray().Select(w =>
            (w.GetProperty("code").GetString()!, w.GetProperty("message").GetString()!, w.GetProperty("line").ValueKind == JsonValueKind.Number ? w.GetProperty("line").GetInt32() : (int?)null)).ToArray();

    private JsonDocument Document(string name) => JsonDocument.Parse(File.ReadAllText(_folder.Path("out", name + ".json")));
}
