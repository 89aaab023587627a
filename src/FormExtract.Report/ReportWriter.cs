using FormExtract.Core.Model;

namespace FormExtract.Report;

/// <summary>
/// Writes a report folder: <c>index.html</c> (the batch summary), <c>forms/NNNNN.html</c> (one page per form,
/// numbered in input order), <c>lists/*.html</c> (the summary's long tables, page by page) and
/// <c>crops/NNNNN/*.png</c> (the cells cut out of PDF and scan sources).
/// Everything is static and local: the folder can be copied, archived or opened offline.
/// </summary>
public sealed class ReportWriter
{
    private readonly ReportOptions _options;

    public ReportWriter(ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public ReportResult Write(IReadOnlyList<ReportInput> inputs, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var root = Path.GetFullPath(folder);
        var formsFolder = Path.Combine(root, "forms");
        Directory.CreateDirectory(formsFolder);
        var forms = new List<ReportedForm>();
        foreach (var input in inputs)
        {
            forms.AddRange(input.Document.Forms.Select(form => new ReportedForm(forms.Count + 1, input, form)));
        }

        var problems = new List<string>();
        var cropCount = 0;
        foreach (var group in forms.GroupBy(f => f.Input))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = group.Key;
            var (crops, cropProblems) = CropMaker.Make(input, group.ToArray(), root, _options);
            problems.AddRange(cropProblems);
            cropCount += crops.Count;
            var sourceHref = input.SourceFile is { } source && File.Exists(source) ? HtmlText.Url(Path.GetRelativePath(formsFolder, Path.GetFullPath(source))) : null;
            if (sourceHref is null && input.Document.Source.Format is SourceFormat.Text or SourceFormat.Html && input.Document.Forms.Count > 0)
            {
                problems.Add($"{input.Name}: the source {input.Document.Source.Path} was not found; its forms link to no source");
            }

            foreach (var form in group)
            {
                var html = new FormPage(form, crops, sourceHref, _options).Render(forms.Count);
                File.WriteAllText(Path.Combine(formsFolder, form.PageName), html);
            }
        }

        var (index, lists) = new SummaryPage(inputs, forms, problems).Render();
        File.WriteAllText(Path.Combine(root, "index.html"), index);
        if (lists.Count > 0)
        {
            var listsFolder = Path.Combine(root, ListPages.Folder);
            Directory.CreateDirectory(listsFolder);
            foreach (var list in lists)
            {
                File.WriteAllText(Path.Combine(listsFolder, list.Name), list.Html);
            }
        }

        return new ReportResult(inputs.Count, forms.Count, forms.Sum(f => f.Form.Findings.Count), cropCount, problems);
    }
}
