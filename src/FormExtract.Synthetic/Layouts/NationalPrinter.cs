using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using FormExtract.Synthetic.Rendering;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// The national 项目支出绩效自评表 (财预〔2020〕10号) as the published HTML prints it: a table whose left column
/// holds the block labels (项目资金, 年度总体目标, 绩效指标), the source rows with — in 分值. The layouts that copy it
/// (部门整体, Yunnan's split target) print it with their own header, columns and footer.
/// </summary>
internal class NationalPrinter : LayoutPrinter
{
    private static readonly IndicatorSlot[] NationalSlots =
        [IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.Target, IndicatorSlot.Actual, IndicatorSlot.Weight, IndicatorSlot.Score, IndicatorSlot.Reason];

    protected virtual IReadOnlyList<IndicatorSlot> Slots => NationalSlots;

    /// <summary>Relative widths of the columns: the block labels, then one per indicator slot.</summary>
    protected virtual IReadOnlyList<int> Widths => [7, 9, 11, 20, 10, 10, 6, 6, 21];

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random) => FormBuilder.Build(draft, 0, findings);

    public override FormGrid Grid(Form form, Random random)
    {
        var columns = Slots.Count + 1;
        var w = new GridWriter(columns);
        w.Above(form.Title ?? SelfEvaluationTemplate.Title, "/title", title: true);
        w.Above(YearLine(form, random), "/fiscalYear");
        Header(w, form, random);
        Funding(w, form, random);
        var half = (columns - 1) / 2;
        w.Row(Label(LabelSpellings.GoalBlock[0], 0, rowSpan: 2), Label(SelfEvaluationTemplate.GoalsExpected, 1, half), Label(SelfEvaluationTemplate.GoalsAchieved, 1 + half, columns - 1 - half));
        w.Row(Value(form.Goals.Expected?.Text, 1, "/goals/expected", half, left: true), Value(form.Goals.Achieved?.Text, 1 + half, "/goals/achieved", columns - 1 - half, left: true));
        Indicators(w, form, random);
        Footer(w, form, random);
        return w.Build(Widths);
    }

    protected virtual string YearLine(Form form, Random random) => $"({form.FiscalYear} {SelfEvaluationTemplate.FiscalYearSuffix})";

    protected virtual void Header(GridWriter w, Form form, Random random)
    {
        var rest = w.Columns - 1;
        w.Row(Label(SelfEvaluationTemplate.ProjectName, 0), Value(form.ProjectName?.Text, 1, "/projectName", rest, left: true));
        w.Row(Label(SelfEvaluationTemplate.Department, 0), Value(form.Department?.Text, 1, "/department", rest / 2),
            Label(SelfEvaluationTemplate.ImplementingUnit, 1 + (rest / 2)), Value(form.ImplementingUnit?.Text, 2 + (rest / 2), "/implementingUnit", rest - 1 - (rest / 2)));
    }

    /// <summary>The funding block's label without its unit: 项目资金.</summary>
    protected virtual string FundingLabel(Random random) => SelfEvaluationTemplate.FundingBlock;

    private void Funding(GridWriter w, Form form, Random random)
    {
        var funding = form.Funding;
        var word = FundingLabel(random);
        var unit = funding.Unit is { } u ? $"({u})" : string.Empty;
        var spare = w.Columns - 9;
        GridCell[] Spare() => spare > 0 ? [Value(null, 9, null, spare)] : [];
        w.Row([Label($"{word} {unit}".Trim(), 0, rowSpan: 5, html: $"{word}<br>{unit}", field: "/funding/unit"),
            Label(string.Empty, 1, 2), .. SelfEvaluationTemplate.FundingHeadings.Select((h, i) => Label(h, 3 + i)), .. Spare()]);
        w.Row([Label(funding.Total!.Label, 1, 2, field: "/funding/total"), Value(funding.Total.InitialBudget?.Text, 3, "/funding/total/initialBudget"),
            Value(funding.Total.AdjustedBudget?.Text, 4, "/funding/total/adjustedBudget"), Value(funding.Total.Executed?.Text, 5, "/funding/total/executed"),
            Value(funding.Weight?.Text, 6, "/funding/weight"), Value(funding.ExecutionRate?.Text, 7, "/funding/executionRate"), Value(funding.Score?.Text, 8, "/funding/score"), .. Spare()]);
        foreach (var (name, part) in new[] { ("fiscalAppropriation", funding.FiscalAppropriation), ("carryover", funding.Carryover), ("other", funding.Other) })
        {
            var path = "/funding/" + name;
            w.Row([Label(part!.Label, 1, 2, field: path), Value(part.InitialBudget?.Text, 3, path + "/initialBudget"),
                Value(part.AdjustedBudget?.Text, 4, path + "/adjustedBudget"), Value(part.Executed?.Text, 5, path + "/executed"),
                Value(Words.Dash, 6, null), Value(null, 7, null), Value(null, 8, null), .. Spare()]);
        }
    }

    protected virtual void Indicators(GridWriter w, Form form, Random random)
    {
        string[] headings = [.. SelfEvaluationTemplate.IndicatorHeadings.Take(8)];
        w.Row([Label(SelfEvaluationTemplate.IndicatorBlock, 0, rowSpan: form.Indicators.Count + 1), .. headings.Select((h, i) => Label(h, 1 + i))]);
        new IndicatorTable(Slots, 1) { Level1Text = Words.Level1Label(form, Words.PointsStyle(random)) }.Write(w, form.Indicators);
    }

    protected virtual void Footer(GridWriter w, Form form, Random random)
    {
        var weight = 1 + IndexOf(IndicatorSlot.Weight);
        w.Row(Label(SelfEvaluationTemplate.Total, 0, weight), Value(form.TotalWeight?.Text, weight, "/totalWeight"), Value(form.TotalScore?.Text, weight + 1, "/totalScore"),
            Value(null, weight + 2, null, w.Columns - weight - 2));
        if (form.Grade is { } grade)
        {
            w.Row(Label(SelfEvaluationTemplate.GradeHeading, 0, weight), Value(grade.Text, weight, "/grade", w.Columns - weight));
        }
    }

    protected int IndexOf(IndicatorSlot slot)
    {
        for (var i = 0; i < Slots.Count; i++)
        {
            if (Slots[i] == slot)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(slot), slot, "The layout has no such column.");
    }
}
