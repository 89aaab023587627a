using FormExtract.Cli.Commands;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Output;
using FormExtract.Core.Review;
using FormExtract.Core.Validation;
using FormExtract.Export.Tests.Support;
using FormExtract.Testing;
using MiniExcelLibs;

namespace FormExtract.Export.Tests;

[Collection(CorpusGroup.Name)]
public sealed class ReviewTests(CorpusDocuments corpus) : IDisposable
{
    private static readonly DateTime CorrectedAt = new(2024, 6, 1, 9, 30, 0, DateTimeKind.Utc);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Two_corrections_carry_the_new_value_and_the_original_reading_and_the_findings_are_recomputed()
    {
        var names = corpus.CopyTo(_temp.Path("docs"));
        var before = names.ToDictionary(n => n, File.ReadAllBytes);
        var review = _temp.Path("review.xlsx");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "export", .. names, "--xlsx", review, "--quiet"]));
        var rows = Rows(review);

        // Two figures behind findings, each corrected to the figure its finding expects.
        var targets = names.SelectMany(n => DocumentJson.Deserialize(File.ReadAllText(n)).Forms.SelectMany(form => form.Findings
                .Where(f => FormCellIndex.Find(form, f.Path) is { Kind: CellKind.Number, Cell: not null } && f.Expected is { } e && NumberParser.Parse(e) is not null)
                .Select(f => (Document: n, Form: form, Finding: f))))
            .DistinctBy(t => (t.Document, t.Form.FormIndex)).Take(2).ToArray();
        Assert.Equal(2, targets.Length);
        foreach (var (document, form, finding) in targets)
        {
            var row = rows.Single(r => (string)r["document"]! == document && (double)r["form"]! == form.FormIndex && (string)r["path"]! == finding.Path);
            Assert.Contains(finding.Rule, (string)row["reasons"]!, StringComparison.Ordinal);
            row["corrected"] = finding.Expected;
        }

        var filled = Save(rows, "filled.xlsx");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "apply", filled, "--at", "2024-06-01T09:30:00Z", "--quiet"]));

        var validator = FormValidator.CreateDefault();
        foreach (var (document, original, finding) in targets)
        {
            var json = await File.ReadAllTextAsync(document);
            SchemaAssert.ValidDocument(json);
            var form = DocumentJson.Deserialize(json).Forms.Single(f => f.FormIndex == original.FormIndex);
            var cell = (NumberCell)FormCellIndex.Find(form, finding.Path)!.Cell!;
            var was = (NumberCell)FormCellIndex.Find(original, finding.Path)!.Cell!;
            Assert.Equal(finding.Expected, cell.Text);
            Assert.Equal(NumberParser.Parse(finding.Expected!)!.Value.Value, cell.Value);
            Assert.Equal(was.Text, cell.Correction!.Text);
            Assert.Equal(was.Confidence, cell.Correction.Confidence);
            Assert.Equal(CorrectedAt, cell.Correction.CorrectedAt);
            Assert.Equal((was.Page, was.Line), (cell.Page, cell.Line));
            Assert.Equal(validator.Validate(form), form.Findings);
            Assert.DoesNotContain(form.Findings, f => f.Rule == finding.Rule && f.Path == finding.Path);
            Assert.Contains("\"correctedAt\": \"2024-06-01T09:30:00Z\"", json, StringComparison.Ordinal);
        }

        foreach (var name in names.Except(targets.Select(t => t.Document)))
        {
            Assert.Equal(before[name], await File.ReadAllBytesAsync(name));
        }

        // Applying the same workbook again changes nothing.
        var corrected = names.ToDictionary(n => n, File.ReadAllBytes);
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "apply", filled, "--at", "2025-01-01T00:00:00Z", "--quiet"]));
        Assert.All(names, n => Assert.Equal(corrected[n], File.ReadAllBytes(n)));
    }

    [Fact]
    public async Task A_review_workbook_nobody_filled_changes_no_document()
    {
        var names = corpus.CopyTo(_temp.Path("docs"));
        var before = names.ToDictionary(n => n, File.ReadAllBytes);
        var review = _temp.Path("review.xlsx");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "export", .. names, "--xlsx", review, "--quiet"]));
        var rows = Rows(review);
        Assert.NotEmpty(rows);
        // The scan's uncertain cells are listed with their crops as pictures in the workbook.
        Assert.Contains(rows, r => ((string)r["document"]!).Contains("scan-04", StringComparison.Ordinal));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(review))
        {
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal));
        }

        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "apply", review, "--quiet"]));

        Assert.All(names, n => Assert.Equal(before[n], File.ReadAllBytes(n)));
    }

    [Fact]
    public async Task A_correction_that_is_no_figure_or_a_file_that_is_no_workbook_is_refused_and_the_documents_stay()
    {
        var names = corpus.CopyTo(_temp.Path("docs"));
        var before = names.ToDictionary(n => n, File.ReadAllBytes);
        var review = _temp.Path("review.xlsx");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "export", .. names, "--xlsx", review, "--quiet"]));
        var rows = Rows(review);
        var numberRow = rows.First(r => ((string)r["path"]!).EndsWith("/score", StringComparison.Ordinal));
        numberRow["corrected"] = "九十";
        var filled = Save(rows, "filled.xlsx");

        Assert.Equal(1, await CommandLine.Create().RunAsync(["review", "apply", filled, "--quiet"]));
        var notAWorkbook = _temp.Path("notes.xlsx");
        await File.WriteAllTextAsync(notAWorkbook, "not a workbook");
        Assert.Equal(1, await CommandLine.Create().RunAsync(["review", "apply", notAWorkbook, "--quiet"]));

        Assert.All(names, n => Assert.Equal(before[n], File.ReadAllBytes(n)));
    }

    [Fact]
    public async Task Corrections_to_archived_documents_replace_their_readings_in_the_archive()
    {
        var archive = _temp.Path("forms.db");
        var text = Testing.Repository.Path("corpus", "synthetic", "text");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["load", text, "--archive", archive, "--quiet"]));
        var before = await ArchivedJson(archive);
        var review = _temp.Path("review.xlsx");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "export", "--archive", archive, "--xlsx", review, "--quiet"]));
        var rows = Rows(review);

        // An unfilled workbook changes nothing in the archive.
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "apply", review, "--archive", archive, "--quiet"]));
        Assert.Equal(before, await ArchivedJson(archive));

        // One figure behind a finding, corrected to the figure the finding expects.
        var (sha256, form, finding) = before.SelectMany(d => DocumentJson.Deserialize(d.Value).Forms.SelectMany(f => f.Findings
                .Where(x => FormCellIndex.Find(f, x.Path) is { Kind: CellKind.Number, Cell: not null } && x.Expected is { } e && NumberParser.Parse(e) is not null)
                .Select(x => (Sha256: d.Key, Form: f, Finding: x))))
            .First();
        var row = rows.Single(r => (string)r["document"]! == "archive:" + sha256 && (double)r["form"]! == form.FormIndex && (string)r["path"]! == finding.Path);
        row["corrected"] = finding.Expected;
        var filled = Save(rows, "filled.xlsx");

        // Without the archive the archived documents' corrections cannot be written anywhere.
        Assert.Equal(1, await CommandLine.Create().RunAsync(["review", "apply", filled, "--quiet"]));
        Assert.Equal(before, await ArchivedJson(archive));

        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "apply", filled, "--archive", archive, "--at", "2024-06-01T09:30:00Z", "--quiet"]));
        var after = await ArchivedJson(archive);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        SchemaAssert.ValidDocument(after[sha256]);
        var corrected = DocumentJson.Deserialize(after[sha256]).Forms.Single(f => f.FormIndex == form.FormIndex);
        var cell = (NumberCell)FormCellIndex.Find(corrected, finding.Path)!.Cell!;
        Assert.Equal(finding.Expected, cell.Text);
        Assert.Equal(((NumberCell)FormCellIndex.Find(form, finding.Path)!.Cell!).Text, cell.Correction!.Text);
        Assert.Equal(CorrectedAt, cell.Correction.CorrectedAt);
        Assert.Equal(FormValidator.CreateDefault().Validate(corrected), corrected.Findings);
        Assert.All(before.Keys.Where(k => k != sha256), k => Assert.Equal(before[k], after[k]));

        // The archive's own tables follow: the finding is gone from them, and the load that replaced the reading says it was a review.
        await using var store = await FormExtract.Archive.Storage.Archives.OpenReadOnlyAsync(FormExtract.Archive.ArchiveTarget.Parse(archive), Serilog.Core.Logger.None, CancellationToken.None);
        var findings = await store.QueryAsync($"SELECT COUNT(*) FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.sha256 = '{sha256}'", CancellationToken.None);
        Assert.Equal(corrected.Findings.Count + DocumentJson.Deserialize(after[sha256]).Forms.Where(f => f.FormIndex != form.FormIndex).Sum(f => f.Findings.Count), int.Parse(findings.Rows[0][0]!, System.Globalization.CultureInfo.InvariantCulture));
        var loads = await store.QueryAsync("SELECT command FROM loads ORDER BY id", CancellationToken.None);
        Assert.Equal("review apply", loads.Rows[^1][0]);
    }

    private static async Task<Dictionary<string, string>> ArchivedJson(string archive)
    {
        await using var store = await FormExtract.Archive.Storage.Archives.OpenReadOnlyAsync(FormExtract.Archive.ArchiveTarget.Parse(archive), Serilog.Core.Logger.None, CancellationToken.None);
        var rows = await store.QueryAsync("SELECT sha256, document_json FROM documents", CancellationToken.None);
        return rows.Rows.ToDictionary(r => r[0]!, r => r[1]!, StringComparer.Ordinal);
    }

    /// <summary>The review sheet's rows as a person's spreadsheet program would keep them (the crop pictures left out).</summary>
    private static List<Dictionary<string, object?>> Rows(string workbook) =>
        [.. MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "review").Cast<IDictionary<string, object?>>()
            .Select(r => r.Where(p => p.Key != "crop").ToDictionary(p => p.Key, p => p.Value))];

    private string Save(List<Dictionary<string, object?>> rows, string name)
    {
        var path = _temp.Path(name);
        MiniExcel.SaveAs(path, new Dictionary<string, object> { ["review"] = rows.Select(r => (IDictionary<string, object?>)r).ToList() });
        return path;
    }
}
