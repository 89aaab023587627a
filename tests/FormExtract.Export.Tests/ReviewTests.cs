using FormExtract.Cli.Commands;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Output;
using FormExtract.Core.Review;
using FormExtract.Core.Validation;
using FormExtract.Export.Tests.Support;

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

    private static List<Dictionary<string, object?>> Rows(string workbook) => ReviewSheet.Rows(workbook);

    private string Save(List<Dictionary<string, object?>> rows, string name) => ReviewSheet.Save(rows, _temp.Path(name));
}
