using System.Globalization;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// The last step on OCR'd rows: each cell's confidence is its reading's, labels are snapped to the template
/// (a header row's headings more loosely, <see cref="HeadingSnapper"/>), and every cell read with low confidence
/// is reported.
/// </summary>
internal sealed class LayoutFinisher
{
    private readonly OcrOptions _options;
    private readonly LabelSnapper _snapper;
    private readonly HeadingSnapper _headings;

    public LayoutFinisher(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _snapper = new LabelSnapper(options.Vocabulary);
        _headings = new HeadingSnapper(options.Vocabulary);
    }

    public (IReadOnlyList<LayoutRow> Rows, IReadOnlyList<ExtractionWarning> Warnings) Finish(IReadOnlyList<LayoutRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var warnings = new List<ExtractionWarning>();
        var finished = new List<LayoutRow>(rows.Count);
        var headings = new Dictionary<CellOrigin, string>();
        foreach (var row in rows)
        {
            var cells = new List<LayoutCell>(row.Cells.Count);
            var texts = Snapped(row, headings);
            for (var at = 0; at < row.Cells.Count; at++)
            {
                var cell = row.Cells[at];
                var value = cell.Origin.Evidence?.Engine ?? 1;
                var text = texts[at];
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

    /// <summary>
    /// The row's texts with labels snapped, then, in a header row, the headings read with more noise; the copies of
    /// a merged cell on the rows below take what its first row's cell became (<paramref name="headings"/>).
    /// </summary>
    private string[] Snapped(LayoutRow row, Dictionary<CellOrigin, string> headings)
    {
        var texts = row.Cells.Select(c => c.IsEmpty ? c.Text : c.IsSpanCopy && headings.TryGetValue(c.Origin, out var copied) ? copied : _snapper.Snap(c.Text)).ToArray();
        var own = Enumerable.Range(0, texts.Length).Where(i => !row.Cells[i].IsEmpty && !row.Cells[i].IsSpanCopy).ToArray();
        if (_headings.Row(own.Select(i => texts[i]).ToArray()) is { } snapped)
        {
            for (var k = 0; k < own.Length; k++)
            {
                if (snapped[k] != texts[own[k]])
                {
                    texts[own[k]] = snapped[k];
                    headings[row.Cells[own[k]].Origin] = snapped[k];
                }
            }
        }

        return texts;
    }
}
