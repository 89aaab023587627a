using FormExtract.Cli.Commands;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Report.Tests.Support;

namespace FormExtract.Report.Tests;

[Collection(CorpusGroup.Name)]
public sealed class ReportTests(CorpusDocuments corpus) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_summary_counts_the_documents_findings_and_links_each_to_its_cell_on_its_form_page()
    {
        var documents = corpus.Documents.Select(d => DocumentJson.Deserialize(File.ReadAllText(d))).ToArray();
        var findings = documents.SelectMany(d => d.Forms).SelectMany(f => f.Findings).ToArray();
        Assert.True(findings.Length >= 4, "the corpus documents carry injected errors");
        var folder = _temp.Path("report");

        Assert.Equal(0, await CommandLine.Create().RunAsync(["report", corpus.Folder, "--out", folder, "--quiet"]));

        var (dom, console) = await Chromium.LoadAsync(Path.Combine(folder, "index.html"), _temp.Path("profile"));
        Assert.Empty(console);
        Assert.Equal(documents.Length, Dom.Count(dom, "documents"));
        Assert.Equal(documents.Sum(d => d.Forms.Count), Dom.Count(dom, "forms"));
        Assert.Equal(findings.Length, Dom.Count(dom, "findings"));
        Assert.Equal(findings.Count(f => f.Severity == Severity.Error), Dom.Count(dom, "error"));
        Assert.Equal(findings.Count(f => f.Severity == Severity.Warning), Dom.Count(dom, "warning"));
        Assert.Equal(documents.Sum(d => d.Warnings.Count), Dom.Count(dom, "warnings"));
        var expectedRules = findings.GroupBy(f => (f.Rule, f.Severity.ToString().ToLowerInvariant())).ToDictionary(g => g.Key, g => g.Count());
        var rows = Dom.RuleRows(dom);
        Assert.Equal(expectedRules.Count, rows.Count);
        foreach (var (rule, severity, count) in rows)
        {
            Assert.Equal(expectedRules[(rule, severity)], count);
        }

        // Every finding links to its form's page, at an element that exists there and is marked with the finding.
        var links = Dom.FindingLinks(dom);
        Assert.Equal(findings.Length, links.Count);
        foreach (var link in links)
        {
            var parts = link.Split('#');
            var page = await File.ReadAllTextAsync(Path.Combine(folder, parts[0]));
            Assert.True(Dom.HasId(page, parts[1]), $"{link}: no such element on the page");
            if (parts[1].StartsWith("c-", StringComparison.Ordinal))
            {
                Assert.Matches("error|warning|info|^$", Dom.ClassOf(page, parts[1]));
            }
        }
    }

    [Fact]
    public async Task Form_pages_of_pdf_and_scan_sources_show_each_placed_cell_beside_its_crop_and_no_console_errors()
    {
        var folder = _temp.Path("report");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["report", corpus.Folder, "--out", folder, "--quiet"]));

        var number = 0;
        foreach (var document in corpus.Documents.Select(d => DocumentJson.Deserialize(File.ReadAllText(d))))
        {
            foreach (var form in document.Forms)
            {
                number++;
                if (document.Source.Format is not (SourceFormat.Pdf or SourceFormat.Image))
                {
                    continue;
                }

                var page = Path.Combine(folder, "forms", $"{number:00000}.html");
                var (dom, console) = await Chromium.LoadAsync(page, _temp.Path("profile"));
                Assert.Empty(console);
                var crops = Dom.CropSources(dom);
                var placed = Core.Review.FormCellIndex.All(form).Count(c => c.Cell is { Page: not null, Bbox: not null });
                Assert.True(placed > 10, $"form {number} has {placed} placed cells");
                Assert.Equal(placed, crops.Count);
                foreach (var crop in crops)
                {
                    var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "forms", crop));
                    Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]), $"{crop} is not a PNG");
                    Assert.True(bytes.Length > 200, $"{crop} is nearly empty");
                }

                Assert.Contains(document.Source.Format == SourceFormat.Pdf ? "#page=" : "class=\"source\"", dom, StringComparison.Ordinal);
            }
        }

        Assert.True(number > 0);
    }

    [Fact]
    public async Task A_source_that_is_gone_is_a_warning_in_the_report_and_its_forms_still_have_pages()
    {
        var pdfDocument = corpus.Documents.Single(d => d.Contains("pdf-06", StringComparison.Ordinal));
        var document = DocumentJson.Deserialize(File.ReadAllText(pdfDocument));
        var moved = document with { Source = document.Source with { Path = "moved-away/pdf-06-narrow.pdf" } };
        var input = _temp.Path("docs", "moved.json");
        Directory.CreateDirectory(_temp.Path("docs"));
        await File.WriteAllBytesAsync(input, DocumentJson.SerializeToUtf8(moved));
        var folder = _temp.Path("report");

        Assert.Equal(0, await CommandLine.Create().RunAsync(["report", input, "--out", folder, "--quiet"]));

        var (dom, console) = await Chromium.LoadAsync(Path.Combine(folder, "index.html"), _temp.Path("profile"));
        Assert.Empty(console);
        Assert.Contains("moved-away/pdf-06-narrow.pdf was not found", dom, StringComparison.Ordinal);
        Assert.Equal(document.Forms.Count, Directory.GetFiles(Path.Combine(folder, "forms")).Length);
        Assert.False(Directory.Exists(Path.Combine(folder, "crops")));
    }

    [Fact]
    public async Task A_file_that_is_no_document_is_left_out_with_exit_1_and_the_others_are_reported()
    {
        var names = corpus.CopyTo(_temp.Path("docs"));
        await File.WriteAllTextAsync(_temp.Path("docs", "broken.json"), "{\"schema\": \"formextract/document/v1\", \"forms\": 3}");
        var folder = _temp.Path("report");

        Assert.Equal(1, await CommandLine.Create().RunAsync(["report", _temp.Path("docs"), "--out", folder, "--no-crops", "--quiet"]));

        var forms = names.Sum(n => DocumentJson.Deserialize(File.ReadAllText(n)).Forms.Count);
        Assert.Equal(forms, Directory.GetFiles(Path.Combine(folder, "forms")).Length);
        Assert.Equal(forms, Dom.Count(await File.ReadAllTextAsync(Path.Combine(folder, "index.html")), "forms"));
    }

    [Fact]
    public async Task A_report_folder_that_cannot_be_made_is_an_error_naming_it_with_exit_1()
    {
        var names = corpus.CopyTo(_temp.Path("docs"));
        await File.WriteAllTextAsync(_temp.Path("taken"), "a file where the report's folder would go");
        var folder = _temp.Path("taken", "report");
        var log = _temp.Path("log.jsonl");

        Assert.Equal(1, await CommandLine.Create().RunAsync(["report", .. names, "--out", folder, "--no-crops", "--quiet", "--log-json", log]));

        var error = File.ReadAllLines(log).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("@l").GetString() == "Error");
        Assert.Equal(folder, error.GetProperty("Folder").GetString());
        Assert.Contains("cannot be written", error.GetProperty("@mt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_batch_of_a_thousand_forms_is_shown_as_text_never_run_as_markup()
    {
        var text = corpus.Documents.Single(d => d.Contains("shanghai", StringComparison.Ordinal));
        var inputs = HostileBatch.Make(text, forms: 1000, formsPerDocument: 10);
        var folder = _temp.Path("report");

        var result = new ReportWriter(new ReportOptions()).Write(inputs, folder);

        Assert.Equal(1000, result.Forms);
        Assert.Equal(1000, Directory.GetFiles(Path.Combine(folder, "forms"), "*.html").Length);
        foreach (var page in new[] { "index.html", "forms/00001.html", "forms/01000.html" })
        {
            var (dom, console) = await Chromium.LoadAsync(Path.Combine(folder, page), _temp.Path("profile"));
            Assert.Empty(console);
            Assert.NotEqual("<title>pwned", Title(dom));
            Assert.DoesNotContain("<script>document.title", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=\"x\"", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>斜体</i>", dom, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom, StringComparison.Ordinal);
        }

        // The summary keeps its counts and charts; its long tables are split over list pages that link to every form
        // and every finding, so it stays small however large the batch.
        var index = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
        Assert.True(index.Length < 100_000, $"the summary of 1,000 forms is {index.Length:N0} characters");
        Assert.Empty(Dom.FindingLinks(index));
        var lists = Dom.ListLinks(index);
        var formLinks = new List<string>();
        var findingLinks = new List<string>();
        foreach (var list in lists)
        {
            var (page, console) = await Chromium.LoadAsync(Path.Combine(folder, list), _temp.Path("profile"));
            Assert.Empty(console);
            formLinks.AddRange(Dom.FormLinks(page).Select(link => Path.GetFullPath(Path.Combine(folder, Path.GetDirectoryName(list)!, link))));
            findingLinks.AddRange(Dom.FindingLinks(page).Select(link => Path.Combine(folder, Path.GetDirectoryName(list)!, link)));
        }

        Assert.Equal(Directory.GetFiles(Path.Combine(folder, "forms"), "*.html").Order(StringComparer.Ordinal), formLinks.Order(StringComparer.Ordinal));
        Assert.Equal(Dom.Count(index, "findings"), findingLinks.Count);
        Assert.True(findingLinks.Count >= 1000, "every hostile form carries findings");
        foreach (var link in findingLinks.Where((_, i) => i % 97 == 0))
        {
            var parts = link.Split('#');
            Assert.True(Dom.HasId(await File.ReadAllTextAsync(parts[0]), parts[1]), $"{link}: no such element on the page");
        }

        var (form, _) = await Chromium.LoadAsync(Path.Combine(folder, "forms", "00002.html"), _temp.Path("profile"));
        Assert.Contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt; 指标 1", form, StringComparison.Ordinal);
        Assert.Contains(string.Concat(Enumerable.Repeat("偏差原因&lt;b&gt;很长&lt;/b&gt; &amp; \"引号\" ", 4000)), form, StringComparison.Ordinal);
    }

    private static string Title(string dom)
    {
        var start = dom.IndexOf("<title>", StringComparison.Ordinal);
        return dom[start..dom.IndexOf("</title>", start, StringComparison.Ordinal)];
    }
}
