using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Reads 年度总体目标: the header row tells which column holds 实际完成情况; texts left of it are the
/// 预期目标, texts from it on the 实际完成情况. Texts continued on further rows are joined.
/// </summary>
internal sealed class GoalsReader(CellFactory cells)
{
    private readonly List<LayoutCell> _expected = [];
    private readonly List<LayoutCell> _achieved = [];
    private int? _achievedColumn;

    public static bool IsHeader(LayoutRow row) =>
        Labels.Find(row, SelfEvaluationTemplate.GoalsExpected) is not null || Labels.Find(row, SelfEvaluationTemplate.GoalsAchieved) is not null;

    public void ReadHeader(LayoutRow row) =>
        _achievedColumn ??= Labels.Find(row, SelfEvaluationTemplate.GoalsAchieved)?.Column;

    public void ReadContent(LayoutRow row)
    {
        var texts = row.NonEmpty.Where(c => !c.IsSpanCopy && !Labels.IsAny(c, SelfEvaluationTemplate.GoalsLabels)).ToArray();
        for (var i = 0; i < texts.Length; i++)
        {
            var achieved = _achievedColumn is { } column ? texts[i].Column >= column : i > 0;
            (achieved ? _achieved : _expected).Add(texts[i]);
        }
    }

    public Goals Result => new() { Expected = Joined(_expected), Achieved = Joined(_achieved) };

    private TextCell? Joined(List<LayoutCell> parts) => parts.Count == 0
        ? null
        : cells.Text(FragmentJoiner.Join(parts.Select(p => p.Text.Trim())), parts.Skip(1).Aggregate(parts[0].Origin, (o, p) => o.Join(p.Origin)));
}
