using System.Globalization;
using System.Text.RegularExpressions;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// The last step on OCR'd rows: each cell's confidence is its reading's, labels are snapped to the template
/// (a header row's headings more loosely, <see cref="HeadingSnapper"/>), and every cell read with low confidence
/// is reported.
/// </summary>
internal sealed partial class LayoutFinisher
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
        LayoutRow? above = null;
        int? unitColumn = null;
        foreach (var row in rows)
        {
            var cells = new List<LayoutCell>(row.Cells.Count);
            var texts = Snapped(row, headings, above);
            unitColumn = UnitColumn(row, texts) ?? unitColumn;
            PercentInUnitColumn(row, texts, unitColumn);
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
                    warnings.Add(new ExtractionWarning(
                        ImageTableReader.LowConfidenceCode,
                        $"page {cell.Origin.Page}, box [{Where(box)}]: '{text}' was read with confidence {value:0.00}; check it against the scan.",
                        Page: cell.Origin.Page));
                }
                else if (!cell.IsSpanCopy && cell.IsUnread && cell.Origin.Box is { } unread)
                {
                    warnings.Add(new ExtractionWarning(
                        ImageTableReader.UnreadCode,
                        $"page {cell.Origin.Page}, box [{Where(unread)}]: the ink of this figure could not be read, so its value is left out; read it from the scan.",
                        Page: cell.Origin.Page));
                }

                cells.Add(new LayoutCell(text, cell.Column, origin) { RowSpan = cell.RowSpan, ColumnSpan = cell.ColumnSpan, IsSpanCopy = cell.IsSpanCopy });
            }

            if (above is not null && SpanningTarget(cells, above) is { } heading)
            {
                finished[^1] = Renamed(above, heading, _headings.NearestTarget(heading.Text));
            }

            above = new LayoutRow(cells) { Page = row.Page, FollowsBreak = row.FollowsBreak };
            finished.Add(above);
        }

        return (finished, warnings);
    }

    private static string Where(Box box) => string.Join(", ", box.ToArray().Select(v => v.ToString("0", CultureInfo.InvariantCulture)));

    /// <summary>
    /// The row's texts with labels snapped, then, in a header row, the headings read with more noise, or, in the
    /// row under a target's spanning heading, its parts (<see cref="HeadingSnapper.UnderTarget"/>); the copies of
    /// a merged cell on the rows below take what its first row's cell became (<paramref name="headings"/>).
    /// </summary>
    private string[] Snapped(LayoutRow row, Dictionary<CellOrigin, string> headings, LayoutRow? above)
    {
        var texts = row.Cells.Select(c => c.IsEmpty ? c.Text : c.IsSpanCopy && headings.TryGetValue(c.Origin, out var copied) ? copied : _snapper.Snap(c.Text)).ToArray();
        var own = Enumerable.Range(0, texts.Length).Where(i => !row.Cells[i].IsEmpty && !row.Cells[i].IsSpanCopy).ToArray();
        var ownTexts = own.Select(i => texts[i]).ToArray();
        if ((_headings.Row(ownTexts) ?? (UnderTargetHeading(row, own, above) ? _headings.UnderTarget(ownTexts) : null)) is { } snapped)
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

    /// <summary>
    /// The cell of the row above that spans the columns of a split target's parts, read right in
    /// <paramref name="cells"/> (指标性质 | 指标值 | 度量单位), where it is no heading as read: 年度指标值 read as 和件上度指标贷
    /// on a black-and-white page left the parts with no target to belong to, and every target was lost.
    /// </summary>
    private LayoutCell? SpanningTarget(List<LayoutCell> cells, LayoutRow above)
    {
        var own = cells.Where(c => !c.IsEmpty && !c.IsSpanCopy).ToArray();
        if (own.Length < 2 || !_headings.AreTargetParts(own.Select(c => c.Text).ToArray()))
        {
            return null;
        }

        var (first, last) = (own.Min(c => c.Column), own.Max(c => c.Column));
        return above.Cells.FirstOrDefault(cell => !cell.IsSpanCopy && cell.ColumnSpan > 1 && cell.Column <= first && cell.Column + cell.ColumnSpan > last
            && !cell.IsEmpty && !_headings.IsHeading(cell.Text) && _headings.Near(cell.Text) is null);
    }

    private static LayoutRow Renamed(LayoutRow row, LayoutCell cell, string text)
    {
        var evidence = cell.Origin.Evidence is { } read ? read with { Placement = read.Placement | CellPlacement.Snapped } : null;
        var renamed = new LayoutCell(text, cell.Column, cell.Origin with { Evidence = evidence }) { RowSpan = cell.RowSpan, ColumnSpan = cell.ColumnSpan };
        return new LayoutRow([.. row.Cells.Select(c => ReferenceEquals(c, cell) ? renamed : c)]) { Page = row.Page, FollowsBreak = row.FollowsBreak };
    }

    /// <summary>The column of a split target's unit, where the row is the header that names it (度量单位); else null.</summary>
    private int? UnitColumn(LayoutRow row, string[] texts)
    {
        for (var at = 0; at < texts.Length; at++)
        {
            if (!row.Cells[at].IsSpanCopy && _headings.IsTargetUnitHeading(texts[at]))
            {
                return row.Cells[at].Column;
            }
        }

        return null;
    }

    /// <summary>
    /// A % alone under 度量单位, read with its circles as a 0 or an o (0%, o0, 0/0 on a black-and-white page), is the
    /// %: a unit column holds no figure, and read as one it was taken for the actual value, which shifted the
    /// row's figures a column on (its 分值 read as the actual) and gave a false total-weight error.
    /// </summary>
    private static void PercentInUnitColumn(LayoutRow row, string[] texts, int? unitColumn)
    {
        for (var at = 0; at < texts.Length && unitColumn is { } column; at++)
        {
            if (row.Cells[at].Column == column && !row.Cells[at].IsSpanCopy && MisreadPercent().IsMatch(texts[at]))
            {
                texts[at] = "%";
            }
        }
    }

    [GeneratedRegex(@"^\s*([0oO]\s*[%％/]\s*[0oO]?|[0oO]\s*[0oO]|[%％]\s*[0oO])\s*$")]
    private static partial Regex MisreadPercent();

    /// <summary>Whether the row's own cells (<paramref name="own"/>) all lie under one target heading spanning columns of the row above.</summary>
    private bool UnderTargetHeading(LayoutRow row, int[] own, LayoutRow? above) =>
        above is not null && own.Length > 0 && above.Cells.Any(span => span.ColumnSpan > 1 && !span.IsSpanCopy && _headings.IsTargetHeading(span.Text)
            && own.All(i => row.Cells[i].Column >= span.Column && row.Cells[i].Column < span.Column + span.ColumnSpan));
}
