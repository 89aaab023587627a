using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Core.Review;
using FormExtract.Core.Template;

namespace FormExtract.Export;

/// <summary>
/// The cells a person should check: read with a confidence below the threshold, behind a finding (a cell's
/// own, or every cell of a row a finding names), or named by an extraction warning. Each once, in the order of
/// the documents, forms and the forms' own cell order.
/// </summary>
public static class ReviewList
{
    public static IReadOnlyList<ReviewItem> From(IReadOnlyList<ExportDocument> documents, double lowConfidence, Func<ExportDocument, Cell, byte[]?>? crop = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var items = new List<ReviewItem>();
        foreach (var document in documents)
        {
            foreach (var form in document.Document.Forms)
            {
                var layout = TemplateCatalog.Default.Get(form.Template);
                var warnings = document.Document.Warnings.Where(w => w.Path is not null && (w.Form is null || w.Form == form.FormIndex)).ToArray();
                foreach (var slot in FormCellIndex.All(form))
                {
                    var reasons = new List<string>();
                    if (slot.Cell?.Confidence is { } confidence && confidence < lowConfidence)
                    {
                        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"confidence {confidence:0.00}"));
                    }

                    reasons.AddRange(form.Findings.Where(f => Covers(f.Path, slot.Path)).Select(f => $"{f.Rule} ({f.Severity.ToString().ToLowerInvariant()}): stated {f.Stated ?? "—"}, expected {f.Expected ?? "—"}"));
                    reasons.AddRange(warnings.Where(w => Covers(w.Path!, slot.Path)).Select(w => $"warning {w.Code}"));
                    if (reasons.Count == 0)
                    {
                        continue;
                    }

                    var cell = slot.Cell;
                    items.Add(new ReviewItem(
                        document.Name,
                        form.FormIndex,
                        slot.Path,
                        CellLabels.Of(layout, form, slot.Path),
                        string.Join("; ", reasons),
                        cell?.Text ?? string.Empty,
                        ValueText(slot.Kind, cell),
                        cell?.Confidence,
                        document.Document.Source.Path,
                        cell?.Page,
                        cell?.Line,
                        cell?.Bbox is { Count: 4 } b ? string.Join(", ", b.Select(v => v.ToString(CultureInfo.InvariantCulture))) : null,
                        cell is null || crop is null ? null : crop(document, cell),
                        null));
                }
            }
        }

        return items;
    }

    private static bool Covers(string findingPath, string cellPath) =>
        cellPath == findingPath || cellPath.StartsWith(findingPath + "/", StringComparison.Ordinal);

    private static string ValueText(CellKind kind, Cell? cell) => cell switch
    {
        null => string.Empty,
        TextCell t => t.Value,
        NumberCell { Value: { } v } => kind == CellKind.Rate ? Plain(v * 100m) + "%" : Plain(v),
        MeasureCell { Value: { Number: { } n } m } => $"{m.Comparator}{Plain(n)}{m.Unit}",
        MeasureCell { Value: { } m } => m.Qualitative ?? string.Empty,
        _ => string.Empty,
    };

    private static string Plain(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
