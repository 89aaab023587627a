using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Validation;

namespace FormExtract.Report.Tests.Support;

/// <summary>
/// A hostile batch made from a real document: its forms copied until there are <c>forms</c> of them, with
/// markup and script in cell texts, a very long deviation reason, quotes and ampersands in names, and the
/// findings the validator computes for them.
/// </summary>
internal static class HostileBatch
{
    public const string Script = "<script>document.title='pwned'</script>";
    public const string Image = "<img src=x onerror=\"document.title='pwned'\">";

    public static IReadOnlyList<ReportInput> Make(string documentPath, int forms, int formsPerDocument)
    {
        var real = DocumentJson.Deserialize(File.ReadAllText(documentPath));
        var template = real.Forms[0];
        var validator = FormValidator.CreateDefault();
        var inputs = new List<ReportInput>();
        for (var start = 0; start < forms; start += formsPerDocument)
        {
            var count = Math.Min(formsPerDocument, forms - start);
            var document = real with
            {
                Source = real.Source with { Path = $"hostile/{start / formsPerDocument:0000}\" onload=\"alert(1).txt" },
                Forms = [.. Enumerable.Range(0, count).Select(i => validator.Revalidate(Hostile(template, start + i) with { FormIndex = i }))],
                Warnings = [new ExtractionWarning("hostile", $"a warning naming {Script}", Form: 0, Path: "/projectName")],
            };
            inputs.Add(new ReportInput($"hostile-{start / formsPerDocument:0000}.json", document, null));
        }

        return inputs;
    }

    private static Form Hostile(Form form, int n)
    {
        var longText = string.Concat(Enumerable.Repeat("偏差原因<b>很长</b> & \"引号\" ", 4000));
        var indicators = form.Indicators.Select((x, i) => i == 0
            ? x with { Name = Text($"{Image} 指标 {n}"), DeviationReason = Text(longText) }
            : x).ToArray();
        return form with
        {
            ProjectName = Text($"{Script} 项目 {n} & <i>斜体</i>"),
            Department = Text($"部门 {n % 7} \"'<>"),
            Indicators = indicators,
        };
    }

    private static TextCell Text(string text) => new() { Text = text, Value = text, Line = 1 };
}
