using FormExtract.Core.Model;
using FormExtract.Core.Review;
using FormExtract.Ocr;

namespace FormExtract.Report;

/// <summary>
/// Cuts every placed cell of a document's forms out of its PDF or scan, as PNG files under
/// <c>crops/&lt;form number&gt;/</c>. A source that cannot be found or rendered is a problem of the report,
/// named with its document; the pages then show the values without crops.
/// </summary>
internal static class CropMaker
{
    public static (Dictionary<(int Form, string Path), string> Crops, List<string> Problems) Make(
        ReportInput input, IReadOnlyList<ReportedForm> forms, string root, ReportOptions options)
    {
        var crops = new Dictionary<(int, string), string>();
        var problems = new List<string>();
        var format = input.Document.Source.Format;
        if (!options.Crops || format is not (SourceFormat.Pdf or SourceFormat.Image))
        {
            return (crops, problems);
        }

        if (input.SourceFile is not { } file || !File.Exists(file))
        {
            problems.Add($"{input.Name}: the source {input.Document.Source.Path} was not found, so its forms are shown without crops");
            return (crops, problems);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{input.Name}: the source {file} cannot be read ({e.Message}), so its forms are shown without crops");
            return (crops, problems);
        }

        using var cropper = format == SourceFormat.Pdf ? PageCropper.ForPdf(bytes, options.CropDpi) : PageCropper.ForImage(bytes);
        var failedPages = new HashSet<int>();
        foreach (var form in forms)
        {
            var folder = Path.Combine(root, "crops", $"{form.Number:00000}");
            foreach (var slot in FormCellIndex.All(form.Form))
            {
                if (slot.Cell is not { Page: { } page } cell || cell.Origin.Box is not { } box || failedPages.Contains(page))
                {
                    continue;
                }

                // A margin of a third of the cell's height (at least a few units) shows the ruling around the figure.
                var margin = Math.Max(box.Height / 3, format == SourceFormat.Pdf ? 3 : 8);
                var (png, problem) = cropper.Crop(page, box, margin);
                if (png is null)
                {
                    problems.Add($"{input.Name}: form {form.Form.FormIndex}, {slot.Path}: no crop ({problem})");
                    if (problem is not null && !problem.Contains("box", StringComparison.Ordinal))
                    {
                        failedPages.Add(page);
                    }

                    continue;
                }

                Directory.CreateDirectory(folder);
                var name = HtmlText.Slug(slot.Path) + ".png";
                File.WriteAllBytes(Path.Combine(folder, name), png);
                crops[(form.Number, slot.Path)] = $"crops/{form.Number:00000}/{name}";
            }
        }

        return (crops, problems);
    }
}
