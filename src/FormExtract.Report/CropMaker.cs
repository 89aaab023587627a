using FormExtract.Core.Review;

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
        if (!options.Crops)
        {
            return (crops, problems);
        }

        var (source, openProblem) = SourceCrops.Open(input.Document, input.SourceFile, options.CropDpi);
        using (source)
        {
            if (openProblem is not null)
            {
                problems.Add($"{input.Name}: {openProblem}");
                return (crops, problems);
            }

            foreach (var form in forms)
            {
                var folder = Path.Combine(root, "crops", $"{form.Number:00000}");
                foreach (var slot in FormCellIndex.All(form.Form))
                {
                    if (slot.Cell is not { } cell)
                    {
                        continue;
                    }

                    var (png, problem) = source.Crop(cell);
                    if (png is null)
                    {
                        if (problem is not null)
                        {
                            problems.Add($"{input.Name}: form {form.Form.FormIndex}, {slot.Path}: no crop ({problem})");
                        }

                        continue;
                    }

                    Directory.CreateDirectory(folder);
                    var name = HtmlText.Slug(slot.Path) + ".png";
                    File.WriteAllBytes(Path.Combine(folder, name), png);
                    crops[(form.Number, slot.Path)] = $"crops/{form.Number:00000}/{name}";
                }
            }
        }

        return (crops, problems);
    }
}
