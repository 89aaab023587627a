using System.Globalization;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// The last step on OCR'd rows: each cell gets its confidence back (the stitcher knows boxes, not
/// readings), labels are snapped to the template, and every cell read with low confidence is reported.
/// </summary>
internal sealed class LayoutFinisher
{
    private readonly OcrOptions _options;
    private readonly LabelSnapper _snapper;

    public LayoutFinisher(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _snapper = new LabelSnapper(options.Vocabulary);
    }

    public (IReadOnlyList<LayoutRow> Rows, IReadOnlyList<ExtractionWarning> Warnings) Finish(IReadOnlyList<LayoutRow> rows, IReadOnlyDictionary<(int Page, Box Box), double> confidence)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(confidence);
        var warnings = new List<ExtractionWarning>();
        var finished = new List<LayoutRow>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<LayoutCell>(row.Cells.Count);
            foreach (var cell in row.Cells)
            {
                var value = Confidence(cell.Origin, confidence);
                var origin = cell.Origin with { Confidence = value };
                var text = cell.IsEmpty ? cell.Text : _snapper.Snap(cell.Text);
                if (!cell.IsSpanCopy && !cell.IsEmpty && value < _options.LowConfidence && cell.Origin.Box is { } box)
                {
                    var where = string.Join(", ", box.ToArray().Select(v => v.ToString("0", CultureInfo.InvariantCulture)));
                    warnings.Add(new ExtractionWarning(
                        ImageTableReader.LowConfidenceCode,
                        $"page {cell.Origin.Page}, box [{where}]: '{text}' was read with confidence {value:0.00}; check it against the scan.",
                        Page: cell.Origin.Page));
                }

                cells.Add(new LayoutCell(text, cell.Column, origin) { RowSpan = cell.RowSpan, ColumnSpan = cell.ColumnSpan, IsSpanCopy = cell.IsSpanCopy });
            }

            finished.Add(new LayoutRow(cells) { Page = row.Page, FollowsBreak = row.FollowsBreak });
        }

        return (finished, warnings);
    }

    /// <summary>The reading's confidence; for a cell joined from pieces on two pages, the lowest of its pieces.</summary>
    private static double Confidence(CellOrigin origin, IReadOnlyDictionary<(int Page, Box Box), double> confidence)
    {
        if (origin is not { Page: { } page, Box: { } box })
        {
            return 1;
        }

        if (confidence.TryGetValue((page, box), out var value))
        {
            return value;
        }

        var inside = confidence.Where(c => c.Key.Box.X0 >= box.X0 - 1 && c.Key.Box.X1 <= box.X1 + 1 && c.Key.Box.Y0 >= box.Y0 - 1 && c.Key.Box.Y1 <= box.Y1 + 1).ToArray();
        return inside.Length > 0 ? inside.Min(c => c.Value) : 1;
    }
}
