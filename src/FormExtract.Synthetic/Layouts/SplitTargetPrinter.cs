using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// Yunnan's 项目支出绩效自评表 (决算 公开14表): the national table with 年度指标值 split over 指标性质 | 指标值 | 度量单位
/// (comparators printed ≧ ═ ﹦ ≥ ≤, 定性 for a word), and the footer 其他需要说明事项 | 总分 | 100 | 96 | 优.
/// </summary>
internal sealed class SplitTargetPrinter : NationalPrinter
{
    public const string Title = "项目支出绩效自评表";
    public const string Remarks = "其他需要说明事项";

    private static readonly IndicatorSlot[] SplitSlots =
    [
        IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.TargetComparator, IndicatorSlot.TargetNumber, IndicatorSlot.TargetUnit,
        IndicatorSlot.Actual, IndicatorSlot.Weight, IndicatorSlot.Score, IndicatorSlot.Reason,
    ];

    private static readonly Dictionary<string, string[]> Comparators = new(StringComparer.Ordinal)
    {
        [">="] = ["≧", "≥"],
        ["<="] = ["≤", "≦"],
        ["="] = ["═", "﹦", "="],
        [">"] = [">"],
        ["<"] = ["<"],
    };

    protected override IReadOnlyList<IndicatorSlot> Slots => SplitSlots;

    protected override IReadOnlyList<int> Widths => [6, 8, 9, 16, 5, 7, 6, 9, 5, 5, 24];

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random)
    {
        var truth = FormBuilder.Build(draft, 0, findings);
        return truth with
        {
            Template = SyntheticLayouts.SplitTargetId,
            FormType = FormType.Project,
            Title = Title,
            Indicators = truth.Indicators.Select(i => i with { Target = Split(i.Target, random) }).ToArray(),
        };
    }

    protected override string YearLine(Form form, Random random) => Words.YearLine(random, form.FiscalYear!.Value);

    protected override void Indicators(GridWriter w, Form form, Random random)
    {
        var table = new IndicatorTable(Slots, 1);
        string[] headings = ["一级指标", "二级指标", "三级指标"];
        var target = table.ColumnOf(IndicatorSlot.TargetComparator);
        w.Row(
        [
            Label(SelfEvaluationTemplate.IndicatorBlock, 0, rowSpan: form.Indicators.Count + 2),
            .. headings.Select((h, i) => Label(h, 1 + i, rowSpan: 2)),
            Label("年度指标值", target, 3),
            Label("实际完成值", target + 3, rowSpan: 2), Label("分值", target + 4, rowSpan: 2), Label("得分", target + 5, rowSpan: 2),
            Label("偏差原因分析及改进措施", target + 6, rowSpan: 2),
        ]);
        w.Row(Label("指标性质", target), Label("指标值", target + 1), Label("度量单位", target + 2));
        table.Write(w, form.Indicators);
    }

    protected override void Footer(GridWriter w, Form form, Random random)
    {
        var weight = 1 + IndexOf(IndicatorSlot.Weight);
        w.Row(Label(Remarks, 0, 4), Label(SelfEvaluationTemplate.Total, 4, weight - 4), Value(form.TotalWeight?.Text, weight, "/totalWeight"),
            Value(form.TotalScore?.Text, weight + 1, "/totalScore"), Value(form.Grade?.Text, weight + 2, "/grade"));
    }

    /// <summary>The target as the three columns print it, joined: ≧735人次, ═100%, 定性及时.</summary>
    private static MeasureCell? Split(MeasureCell? target, Random random)
    {
        if (target?.Value is not { } measure)
        {
            return target;
        }

        var text = measure.IsQuantitative
            ? (measure.Comparator is { } c ? random.Pick(Comparators[c]) : string.Empty) + Figures.Number(measure.Number!.Value) + measure.Unit
            : SplitTargets.Qualitative + measure.Qualitative;
        return target with { Text = text };
    }
}
