using System.Globalization;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// The last step on OCR'd rows: each cell's confidence is its reading's, labels are snapped to the template,
/// and every cell read with low confidence is reported.
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

    public (IReadOnlyList<LayoutRow> Rows, IReadOnlyList<ExtractionWarning> Warnings) Finish(IReadOnlyList<LayoutRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var warnings = new List<ExtractionWarning>();
        var finished = new List<LayoutRow>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<LayoutCell>(row.Cells.Count);
            foreach (var cell in row.Cells)
            {
                var value = cell.Origin.Evidence?.Engine ?? 1;
                var text = cell.IsEmpty ? cell.Text : _snapper.Snap(cell.Text);
                var evidence = cell.Origin.Evidence is { } read && !ReferenceEquals(text, cell.Text) && text != cell.Text
                    ? read with { Placement = read.Placement | CellPlacement.Snapped }
                    : cell.Origin.Evidence;
                var origin = cell.Origin with { Confidence = value, Evidence = evidence };
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
}
