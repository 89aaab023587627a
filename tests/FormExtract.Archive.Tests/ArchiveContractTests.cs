using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using FormExtract.Archive.Tests.Support;
using FormExtract.Testing.Hostile;

namespace FormExtract.Archive.Tests;

/// <summary>What every archive does, SQLite or PostgreSQL: each dialect runs these against a real database.</summary>
public abstract class ArchiveContractTests : IDisposable
{
    protected TempFolder Folder { get; } = Scratch.NewTempFolder();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new, empty archive: its <c>--archive</c> value.</summary>
    protected abstract Task<string> NewArchiveAsync();

    [Fact]
    public async Task Loading_the_bundled_corpus_archives_every_file_with_the_document_extract_writes()
    {
        var archive = await NewArchiveAsync();

        // One time of extraction for both, so that documents are byte-identical.
        Assert.Equal(0, await CliRun.RunAsync(["load", .. Inputs.Corpus, "--archive", archive, "--extracted-at", "2024-05-01T08:00:00Z"]));

        Assert.Equal(0, await CliRun.RunAsync(["extract", .. Inputs.Corpus, "--out", Folder.Path("out"), "--extracted-at", "2024-05-01T08:00:00Z"]));
        var written = Directory.EnumerateFiles(Folder.Path("out"), "*.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToDictionary(json => JsonDocument.Parse(json).RootElement.GetProperty("source").GetProperty("sha256").GetString()!);
        var archived = await ArchiveProbe.QueryAsync(archive, "SELECT sha256, status, document_json FROM documents");
        Assert.Equal(Inputs.CorpusFileCount, archived.Rows.Count);
        Assert.Equal(written.Count, archived.Rows.Count);
        foreach (var row in archived.Rows)
        {
            Assert.Equal("done", row[1]);
            Assert.Equal(written[row[0]!], row[2]);
        }

        await ArchiveProbe.AssertRowsMatchJsonAsync(archive);
    }

    [Fact]
    public async Task Loading_again_skips_every_file_and_writes_no_row()
    {
        var archive = await NewArchiveAsync();
        await CliRun.RunAsync(["load", .. Inputs.QuickCorpus, "--archive", archive]);
        var cells = await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM cells");

        Assert.Equal(0, await CliRun.RunAsync(["load", .. Inputs.QuickCorpus, "--archive", archive]));

        var loads = await ArchiveProbe.QueryAsync(archive, "SELECT load_id, inputs, archived, skipped, pending FROM load_summary ORDER BY load_id");
        Assert.Equal(2, loads.Rows.Count);
        var count = Inputs.QuickCorpusFileCount.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"2|{count}|0|{count}|0", string.Join("|", loads.Rows[1]));
        Assert.Equal(Inputs.QuickCorpusFileCount, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(cells, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM cells"));
    }

    [Fact]
    public async Task The_views_return_the_findings_the_json_holds()
    {
        var archive = await NewArchiveAsync();
        await CliRun.RunAsync(["load", .. Inputs.QuickCorpus, "--archive", archive]);
        var documents = await ArchiveProbe.QueryAsync(archive, "SELECT document_json FROM documents");
        var inJson = documents.Rows
            .Select(r => JsonDocument.Parse(r[0]!).RootElement)
            .SelectMany(d => d.GetProperty("forms").EnumerateArray().SelectMany(f => f.GetProperty("findings").EnumerateArray().Select(x => string.Join("|",
                d.GetProperty("source").GetProperty("sha256").GetString(), f.GetProperty("formIndex").GetInt32().ToString(CultureInfo.InvariantCulture),
                x.GetProperty("rule").GetString(), x.GetProperty("severity").GetString(), x.GetProperty("path").GetString(),
                x.GetProperty("stated").GetString(), x.GetProperty("expected").GetString(), x.GetProperty("message").GetString()))))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var details = await ArchiveProbe.QueryAsync(archive, "SELECT sha256, form_index, rule, severity, path, stated, expected, message FROM finding_details");
        var byRule = await ArchiveProbe.QueryAsync(archive, "SELECT rule, SUM(findings) FROM findings_by_rule GROUP BY rule");
        var wrongScores = await ArchiveProbe.QueryAsync(archive, "SELECT sha256, form_index, rule, path FROM wrong_scores");

        Assert.NotEmpty(inJson);
        Assert.Equal(inJson, details.Rows.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal).ToArray());
        var perRule = inJson.GroupBy(f => f.Split('|')[2]).ToDictionary(g => g.Key, g => g.Count().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(perRule, byRule.Rows.ToDictionary(r => r[0]!, r => r[1]!));
        var scores = inJson.Select(f => f.Split('|')).Where(f => f[2] is "total-score" or "budget-score").Select(f => string.Join("|", f[0], f[1], f[2], f[4]));
        Assert.NotEmpty(wrongScores.Rows);
        Assert.Equal(scores.Order(StringComparer.Ordinal), wrongScores.Rows.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reprocess_re_extracts_documents_of_an_older_reader_version_only()
    {
        var archive = await NewArchiveAsync();
        var inputs = Directory.EnumerateFiles(Inputs.Corpus[1], "*.txt").Select(f => LoadInput.FromFile(f)).ToArray();
        await LoadAsync(archive, inputs, new LoadOptions(2, reprocess: false, readerVersion: 1));
        var before = await ArchiveProbe.QueryAsync(archive, "SELECT COUNT(*), SUM(form_count) FROM documents");

        var notAsked = await LoadAsync(archive, inputs, new LoadOptions(2, reprocess: false, readerVersion: 2));
        var reprocessed = await LoadAsync(archive, inputs, new LoadOptions(2, reprocess: true, readerVersion: 2));
        var again = await LoadAsync(archive, inputs, new LoadOptions(2, reprocess: true, readerVersion: 2));

        Assert.Equal((0, inputs.Length), (notAsked.Reprocessed, notAsked.Skipped));
        Assert.Equal((inputs.Length, 0), (reprocessed.Reprocessed, reprocessed.Skipped));
        Assert.Equal((0, inputs.Length), (again.Reprocessed, again.Skipped));
        Assert.Equal($"2|{inputs.Length}",
            string.Join("|", (await ArchiveProbe.QueryAsync(archive, "SELECT reader_version, COUNT(*) FROM documents GROUP BY reader_version")).Rows.Single()));
        Assert.Equal(before.Rows, (await ArchiveProbe.QueryAsync(archive, "SELECT COUNT(*), SUM(form_count) FROM documents")).Rows);
        await ArchiveProbe.AssertRowsMatchJsonAsync(archive);
    }

    [Fact]
    public async Task An_input_that_cannot_be_read_is_archived_as_failed_with_its_error()
    {
        var archive = await NewArchiveAsync();
        var random = new byte[2048];
        new Random(5).NextBytes(random);
        Folder.Write("in/good.txt", File.ReadAllBytes(Directory.EnumerateFiles(Inputs.Corpus[0], "*.txt").First()));
        Folder.Write("in/empty.txt", []);
        Folder.Write("in/random.bin", random);

        Assert.Equal(1, await CliRun.RunAsync("load", Folder.Path("in"), "--archive", archive));

        var rows = await ArchiveProbe.QueryAsync(archive,
            "SELECT m.path, m.outcome, d.status, d.error_code, d.error FROM load_manifest m JOIN documents d ON d.sha256 = m.sha256 ORDER BY m.path");
        Assert.Equal(3, rows.Rows.Count);
        Assert.Equal("empty.txt|failed|failed|empty-file", Row(rows.Rows[0]));
        Assert.Contains("empty.txt", rows.Rows[0][4], StringComparison.Ordinal);
        Assert.Equal("good.txt|archived|done|", Row(rows.Rows[1]));
        Assert.Equal("random.bin|failed|failed|not-text", Row(rows.Rows[2]));
        Assert.Contains("random.bin", rows.Rows[2][4], StringComparison.Ordinal);

        Assert.Equal(0, await CliRun.RunAsync("load", Folder.Path("in"), "--archive", archive));
    }

    [Fact]
    public async Task A_hostile_input_costs_that_file_alone_as_extract_bounds_it()
    {
        var archive = await NewArchiveAsync();
        Folder.Write("in/good.txt", HostileFiles.RealDump);
        Folder.Write("in/nuls.txt", HostileFiles.DumpWithNuls());
        Folder.Write("in/mixed.txt", HostileFiles.MixedEncodingDump());
        Folder.Write("in/deep.html", HostileFiles.DeepHtml(100_000));
        Folder.Write("in/bomb.pdf", HostileFiles.PdfBomb(64L * 1024 * 1024));
        Folder.Write("in/big.txt", HostileFiles.LargeText(3L * 1024 * 1024));
        File.CreateSymbolicLink(Folder.Path("in", "zero.txt"), "/dev/zero");

        Assert.Equal(1, await CliRun.RunAsync("load", Folder.Path("in"), "--archive", archive, "--limit", "file-bytes=2M", "--limit", "stream-bytes=8M"));

        // Every regular file is accounted for once, each with a whole document but the one too large to read;
        // the link to a device is no input (skipped, as extract skips it).
        var rows = (await ArchiveProbe.QueryAsync(archive,
            "SELECT m.path, m.outcome, d.status, d.error_code FROM load_manifest m LEFT JOIN documents d ON d.sha256 = m.sha256 ORDER BY m.path")).Rows.Select(Row).ToArray();
        Assert.Equal(["big.txt", "bomb.pdf", "deep.html", "good.txt", "mixed.txt", "nuls.txt"], rows.Select(r => r.Split('|')[0]).ToArray());
        Assert.StartsWith("big.txt|unreadable||", rows[0], StringComparison.Ordinal);
        Assert.Equal("good.txt|archived|done|", rows[3]);
        Assert.All(rows.Where(r => !r.StartsWith("big.txt", StringComparison.Ordinal)), r => Assert.Matches(@"^[^|]+\|(archived\|done|failed\|failed)\|", r));
        await ArchiveProbe.AssertRowsMatchJsonAsync(archive);

        // Run again: the archived files are skipped; the file too large to read is reported again.
        Assert.Equal(1, await CliRun.RunAsync("load", Folder.Path("in"), "--archive", archive, "--limit", "file-bytes=2M", "--limit", "stream-bytes=8M"));
        Assert.Equal(5, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public async Task A_loader_killed_mid_run_then_run_again_archives_every_input_exactly_once_with_whole_documents()
    {
        var archive = await NewArchiveAsync();
        var files = Inputs.GenerateText(Folder.Path("generated"), forms: 800, seed: 1616).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).ToArray();
        var hashes = files.Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))).Distinct().Count();
        await CliRun.RunAsync("load", files[0], "--archive", archive);

        using (var loader = CliProcess.Start(["load", Folder.Path("generated"), "--archive", archive, "--parallel", "2", "--quiet"]))
        {
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents") < 40 && DateTime.UtcNow < deadline && !loader.HasExited)
            {
                await Task.Delay(20);
            }

            Assert.False(loader.HasExited, "the loader finished before it could be killed: " + loader.Stderr);
            loader.KillHard();
        }

        var committed = await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents");
        Assert.InRange(committed, 40, hashes - 1);
        await ArchiveProbe.AssertRowsMatchJsonAsync(archive);

        Assert.Equal(0, await CliRun.RunAsync("load", Folder.Path("generated"), "--archive", archive));

        Assert.Equal(hashes, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(DISTINCT sha256) FROM documents"));
        Assert.Equal(hashes, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents"));
        var rerun = (await ArchiveProbe.QueryAsync(archive, "SELECT archived, skipped, failed FROM load_summary ORDER BY load_id DESC")).Rows[0];
        Assert.Equal($"{hashes - committed}|{committed}|0", string.Join("|", rerun));
        await ArchiveProbe.AssertRowsMatchJsonAsync(archive);
    }

    [Fact]
    public async Task The_v1_1_fields_are_stored_extra_funding_rows_with_their_label()
    {
        var archive = await NewArchiveAsync();
        var document = Some.DocumentWithV11Fields();
        var json = Core.Output.DocumentJson.Serialize(document);
        await using (var store = await Archives.OpenAsync(ArchiveTarget.Parse(archive), Serilog.Core.Logger.None, CancellationToken.None))
        {
            var loadId = await store.StartLoadAsync("load", 1, 1, CancellationToken.None);
            var entry = new ArchiveEntry(loadId, document.Source.Path, document, json, 100, 1, failure: null, replace: false);
            Assert.Equal(InputOutcome.Archived, await store.StoreAsync(entry, CancellationToken.None));
            Assert.Equal(InputOutcome.Skipped, await store.StoreAsync(entry, CancellationToken.None));
        }

        var form = (await ArchiveProbe.QueryAsync(archive, "SELECT template, form_type, title, truncated, group_weights, grade FROM forms")).Rows.Single();
        var funding = await ArchiveProbe.QueryAsync(archive, "SELECT position, slot, label, initial_budget, adjusted_budget, executed FROM funding_rows ORDER BY position");
        var cells = await ArchiveProbe.QueryAsync(archive, "SELECT path, kind, text, value, number FROM cells WHERE path LIKE '/funding/extraRows/%' OR path = '/grade' ORDER BY path");

        Assert.Equal("department-overall|department|部门整体支出绩效自评表", string.Join("|", form.Take(3)));
        Assert.Contains(form[3], new[] { "1", "true" });
        Assert.Equal("{\"产出指标\":50,\"效益指标\":30}", form[4]!.Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("优", form[5]);
        Assert.Equal(
            ["0|total|年度资金总额|100|120|110", "1|extra|财政专户管理资金|20|30|25.5"],
            funding.Rows.Select(r => string.Join("|", [.. r.Take(3), .. r.Skip(3).Select(Number)])));
        Assert.Equal(
            ["/funding/extraRows/0/adjustedBudget|number|30.00|30|30", "/funding/extraRows/0/executed|number|25.50|25.5|25.5",
             "/funding/extraRows/0/initialBudget|number|20|20|20", "/grade|text|优|优|"],
            cells.Rows.Select(r => string.Join("|", [.. r.Take(4), Number(r[4])])));
    }

    /// <summary>A figure as read back, written the same for both databases (SQLite may give 30 for 30.0).</summary>
    private static string Number(string? value) =>
        value is null ? string.Empty : decimal.Parse(value, CultureInfo.InvariantCulture).ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A manifest row as file name, outcome, status and error code.</summary>
    private static string Row(IReadOnlyList<string?> row) => string.Join("|", [Path.GetFileName(row[0]), .. row.Skip(1).Take(3)]);

    private static async Task<LoadCounts> LoadAsync(string archive, IReadOnlyList<LoadInput> inputs, LoadOptions options)
    {
        await using var store = await Archives.OpenAsync(ArchiveTarget.Parse(archive), Serilog.Core.Logger.None, CancellationToken.None);
        using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = options.Parallelism });
        var loader = new ArchiveLoader(store, new DocumentReading(extractor, Serilog.Core.Logger.None), options, Serilog.Core.Logger.None);
        var (_, counts) = await loader.RunAsync(inputs, progress: null, CancellationToken.None);
        return counts;
    }
}
