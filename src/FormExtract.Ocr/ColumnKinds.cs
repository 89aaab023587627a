using FormExtract.Core.Normalization;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Ocr;

/// <summary>
/// What the columns of a document's tables hold, learnt from their header cells as the rows are read top to
/// bottom: under 分值 or 全年执行数 only figures, under 年度指标值 and 实际完成值 a comparator, a figure and a
/// unit. A cell is recognised for what its column holds, not for what its text happens to look like. One
/// per document, since the columns of one form carry on across its pages.
/// </summary>
internal sealed class ColumnKinds
{

    /// <summary>Characters of noise a header may carry beside its heading.</summary>
    private const int MaxNoise = 3;

    /// <summary>Column rules that must agree on a shift before a table is taken as shifted: two could be chance.</summary>
    private const int MinRulesMatched = 3;

    private readonly List<(double X0, double X1, CellKind Kind)> _columns = [];
    private readonly LabelSnapper _snapper;
    private readonly HeadingSnapper _headings;
    private readonly TemplateVocabulary _vocabulary;

    /// <summary>The top of the row of the current table where a heading was last read right: a header row.</summary>
    private double? _headerTop;

    public ColumnKinds(LabelSnapper snapper, TemplateVocabulary vocabulary)
    {
        _snapper = snapper;
        _vocabulary = vocabulary;
        _headings = new HeadingSnapper(vocabulary);
    }

    /// <summary>A new table's cells follow: its header rows are its own.</summary>
    public void StartTable() => _headerTop = null;

    /// <summary>The kind of the column whose header spans the same width as <paramref name="box"/>; text when none does.</summary>
    public CellKind KindOf(Box box, double tolerance)
    {
        foreach (var (x0, x1, kind) in _columns)
        {
            if (Math.Abs(x0 - box.X0) <= tolerance && Math.Abs(x1 - box.X1) <= tolerance)
            {
                return kind;
            }
        }

        return CellKind.Text;
    }

    /// <summary>
    /// How far a table's columns sit from where the columns were learnt, in pixels, given the table's column
    /// rules: each page of a scan is cropped, deskewed and squared on its own, so the same columns come out
    /// shifted as a whole on a later page (by 20 px and more on a degraded scan), and a column matched by its
    /// place on the page alone would lose what its header on the first page said. The shift that lays the most
    /// rules onto learnt column edges is taken, when it lays at least <see cref="MinRulesMatched"/> of them and
    /// more than no shift does; else none.
    /// </summary>
    public double Offset(IReadOnlyList<double> rules, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var edges = _columns.SelectMany(c => new[] { c.X0, c.X1 }).Distinct().ToArray();
        int Matched(double shift) => rules.Count(x => edges.Any(e => Math.Abs(e - (x + shift)) <= tolerance));
        var (best, bestCount) = (0.0, Matched(0));
        foreach (var shift in edges.SelectMany(e => rules.Select(x => e - x)).Order())
        {
            var count = Matched(shift);
            if (count > bestCount || (count == bestCount && count > 0 && Math.Abs(shift) < Math.Abs(best)))
            {
                (best, bestCount) = (shift, count);
            }
        }

        return bestCount >= MinRulesMatched && bestCount > Matched(0) ? best : 0;
    }

    /// <summary>
    /// Notes a header cell: the columns it covers now hold what it announces, whatever they held above. In a row
    /// where a heading was read right (its top within <paramref name="tolerance"/>, when given), a cell is also taken
    /// for the heading it lies near (<see cref="HeadingSnapper.Near"/>): on a thin scan most of a header's cells
    /// lose strokes.
    /// </summary>
    public void Learn(Box box, string text, double? tolerance = null)
    {
        var known = Announced(text);
        if (known is not null)
        {
            _headerTop = box.Y0;
        }
        else if (_headerTop is { } top && tolerance is { } near && Math.Abs(box.Y0 - top) <= near && _headings.Near(text) is { } heading)
        {
            known = Announced(heading);
        }

        if (known is { } kind)
        {
            _columns.RemoveAll(c => c.X0 < box.X1 && box.X0 < c.X1);
            _columns.Add((box.X0, box.X1, kind));
        }
    }

    /// <summary>Whether the text is a column heading of the layouts (得分 under the funding block's 得分 is the indicator table's header, not a misread figure).</summary>
    public bool IsHeading(string text) => Announced(text) is not null;

    /// <summary>What a header cell reading <paramref name="text"/> announces its column holds; null for no heading.</summary>
    private CellKind? Announced(string text)
    {
        var key = LabelKey.Of(_snapper.Snap(text));
        return Announces(key, _vocabulary.FigureHeadings) ? CellKind.Number
            : Announces(key, _vocabulary.MeasureHeadings) ? CellKind.Measure
            : _vocabulary.TextHeadings.Contains(key) ? CellKind.Text
            : null;
    }

    /// <summary>
    /// The heading is the text, or the text is the heading with a few specks read around it (ER全年预算数 on a
    /// noisy scan); a longer text that merely mentions a heading (得分较低) is a sentence, not a header.
    /// </summary>
    private static bool Announces(string key, IReadOnlyList<string> headings) =>
        headings.Contains(key) || headings.Any(h => key.Length <= h.Length + MaxNoise && key.Contains(h, StringComparison.Ordinal));
}
