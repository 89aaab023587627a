using System.Globalization;
using FormExtract.Cli.Commands;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Export.Tests.Support;
using MiniExcelLibs;

namespace FormExtract.Export.Tests;

[Collection(CorpusGroup.Name)]
public sealed class ExportTests(CorpusDocuments corpus) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_workbook_read_back_holds_every_form_indicator_finding_and_warning_with_figures_as_numbers()
    {
        var names = corpus.CopyTo(_temp.Path("docs"));
        var documents = names.Select(n => (Name: n, Document: DocumentJson.Deserialize(File.ReadAllText(n)))).ToArray();
        var workbook = _temp.Path("forms.xlsx");

        Assert.Equal(0, await CommandLine.Create().RunAsync(["export", .. names, "--xlsx", workbook, "--quiet"]));

        Assert.Equal(["forms", "funding_rows", "indicators", "findings", "warnings"], MiniExcel.GetSheetNames(workbook));
        var forms = Sheet(workbook, "forms");
        var expectedForms = documents.SelectMany(d => d.Document.Forms.Select(f => (d.Name, Form: f))).ToArray();
        Assert.Equal(expectedForms.Length, forms.Count);
        for (var i = 0; i < forms.Count; i++)
        {
            var (name, form) = expectedForms[i];
            Assert.Equal(name, forms[i]["document"]);
            Assert.Equal((double)form.FormIndex, forms[i]["form_index"]);
            Assert.Equal(form.ProjectName?.Value, forms[i]["project_name"]);
            Assert.Equal(form.Department?.Value, forms[i]["department"]);
            Assert.Equal(Number(form.TotalScore?.Value), forms[i]["total_score"] as double?);
            Assert.Equal(Number(form.Funding.ExecutionRate?.Value), forms[i]["execution_rate"] as double?);
            Assert.Equal((double)form.Findings.Count, forms[i]["finding_count"]);
        }

        var indicators = Sheet(workbook, "indicators");
        var expectedIndicators = expectedForms.SelectMany(f => f.Form.Indicators).ToArray();
        Assert.Equal(expectedIndicators.Length, indicators.Count);
        Assert.Equal(expectedIndicators.Select(x => x.Name?.Value), indicators.Select(r => r["name"] as string));
        Assert.Equal(expectedIndicators.Select(x => Number(x.Score?.Value)), indicators.Select(r => r["score"] as double?));
        Assert.Equal(expectedIndicators.Select(x => Number(x.Target?.Value?.Number)), indicators.Select(r => r["target_number"] as double?));

        var findings = Sheet(workbook, "findings");
        var expectedFindings = expectedForms.SelectMany(f => f.Form.Findings).ToArray();
        Assert.NotEmpty(expectedFindings);
        Assert.Equal(expectedFindings.Select(f => (f.Rule, f.Path, f.Stated, f.Expected, f.Message)),
            findings.Select(r => ((string)r["rule"]!, (string)r["path"]!, r["stated"] as string, r["expected"] as string, (string)r["message"]!)));

        var funding = Sheet(workbook, "funding_rows");
        Assert.Equal(expectedForms.Sum(f => new[] { f.Form.Funding.Total, f.Form.Funding.FiscalAppropriation, f.Form.Funding.Carryover, f.Form.Funding.Other }.Count(r => r is not null) + (f.Form.Funding.ExtraRows?.Count ?? 0)), funding.Count);
        Assert.Equal(expectedForms.Select(f => Number(f.Form.Funding.Total?.Executed?.Value)), funding.Where(r => (string)r["slot"]! == "total").Select(r => r["executed"] as double?));
        Assert.Equal(documents.Sum(d => d.Document.Warnings.Count), Sheet(workbook, "warnings").Count);
    }

    [Fact]
    public async Task The_csv_files_load_into_sqlite_and_join_on_document_and_form()
    {
        var names = corpus.CopyTo(_temp.Path("docs")).ToList();
        // A name with every character CSV must quote, and a line break, comes back unchanged.
        var first = DocumentJson.Deserialize(File.ReadAllText(names[0]));
        var awkward = "甲,\"乙\"\r\n丙 ,";
        var changed = first with { Forms = [first.Forms[0] with { ProjectName = new TextCell { Text = awkward, Value = awkward } }, .. first.Forms.Skip(1)] };
        await File.WriteAllBytesAsync(names[0], DocumentJson.SerializeToUtf8(changed));
        var documents = names.Select(n => DocumentJson.Deserialize(File.ReadAllText(n))).ToArray();
        var folder = _temp.Path("csv");

        Assert.Equal(0, await CommandLine.Create().RunAsync(["export", .. names, "--csv", folder, "--quiet"]));

        var database = _temp.Path("export.db");
        await Sqlite.RunAsync(database, string.Concat(new[] { "forms", "funding_rows", "indicators", "findings", "warnings" }
            .Select(t => $".import --csv '{Path.Combine(folder, t + ".csv")}' {t}\n")));
        var joined = await Sqlite.QueryAsync(database, """
            SELECT f.document, f.form_index, f.project_name,
                   (SELECT count(*) FROM indicators i WHERE i.document = f.document AND i.form_index = f.form_index) AS indicators,
                   (SELECT count(*) FROM findings x WHERE x.document = f.document AND x.form_index = f.form_index) AS findings,
                   (SELECT sum(i.score) FROM indicators i WHERE i.document = f.document AND i.form_index = f.form_index) AS scores
            FROM forms f ORDER BY rowid;
            """);
        var forms = documents.SelectMany((d, i) => d.Forms.Select(f => (Name: names[i], Form: f))).ToArray();
        Assert.Equal(forms.Length, joined.Count);
        for (var i = 0; i < forms.Length; i++)
        {
            var (name, form) = forms[i];
            Assert.Equal(name, joined[i]["document"].GetString());
            Assert.Equal(form.ProjectName?.Value ?? string.Empty, joined[i]["project_name"].GetString());
            Assert.Equal(form.Indicators.Count, joined[i]["indicators"].GetInt32());
            Assert.Equal(form.Findings.Count, joined[i]["findings"].GetInt32());
            var scores = form.Indicators.Sum(x => x.Score?.Value ?? 0m);
            Assert.Equal((double)scores, joined[i]["scores"].ValueKind == System.Text.Json.JsonValueKind.Null ? 0d : joined[i]["scores"].GetDouble(), precision: 6);
        }

        Assert.Equal(awkward, joined[0]["project_name"].GetString());
        var orphans = await Sqlite.QueryAsync(database, "SELECT count(*) AS n FROM findings x LEFT JOIN forms f USING (document, form_index) WHERE f.document IS NULL;");
        Assert.Equal(0, orphans[0]["n"].GetInt32());
    }

    [Fact]
    public async Task An_archive_is_an_input_like_a_folder_of_documents()
    {
        var archive = _temp.Path("forms.db");
        var text = Path.Combine(Testing.Repository.Path("corpus", "synthetic", "text"));
        Assert.Equal(0, await CommandLine.Create().RunAsync(["load", text, "--archive", archive, "--quiet"]));
        var fromFiles = _temp.Path("files");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["extract", text, "--out", _temp.Path("docs"), "--quiet"]));
        Assert.Equal(0, await CommandLine.Create().RunAsync(["export", _temp.Path("docs"), "--csv", fromFiles, "--quiet"]));

        Assert.Equal(0, await CommandLine.Create().RunAsync(["export", "--archive", archive, "--csv", _temp.Path("archived"), "--quiet"]));

        // The same rows but the document key (a JSON file's path there, the bytes' hash here).
        foreach (var table in new[] { "forms", "indicators", "findings" })
        {
            var expected = (await File.ReadAllLinesAsync(Path.Combine(fromFiles, table + ".csv"))).Skip(1).Select(WithoutKey).Order(StringComparer.Ordinal);
            var actual = (await File.ReadAllLinesAsync(_temp.Path("archived", table + ".csv"))).Skip(1).Select(WithoutKey).Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }

        Assert.All((await File.ReadAllLinesAsync(_temp.Path("archived", "forms.csv"))).Skip(1), line => Assert.StartsWith("archive:", line, StringComparison.Ordinal));
    }

    private static string WithoutKey(string line) => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..];

    private static List<IDictionary<string, object?>> Sheet(string workbook, string sheet) =>
        [.. MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    /// <summary>A figure as a spreadsheet stores it: a double, or nothing.</summary>
    private static double? Number(decimal? value) => value is { } v ? double.Parse(v.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;
}
