using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Generation;

/// <summary>Turns a finished draft into the ground-truth <see cref="Form"/>: printed text beside its value, no provenance.</summary>
internal static class FormBuilder
{
    public static Form Build(FormDraft draft, int formIndex, IReadOnlyList<Finding> findings) => new()
    {
        FormIndex = formIndex,
        Template = SelfEvaluationTemplate.Id,
        Title = SelfEvaluationTemplate.Title,
        FiscalYear = draft.Year,
        ProjectName = Text(PrintedText.Plain(draft.ProjectName)),
        Department = Text(PrintedText.Plain(draft.Department)),
        ImplementingUnit = Text(PrintedText.Plain(draft.ImplementingUnit)),
        Funding = new Funding
        {
            Unit = draft.Funding.Unit,
            Total = Row(draft.Funding.Total),
            FiscalAppropriation = Row(draft.Funding.Fiscal!),
            Carryover = Row(draft.Funding.Carryover!),
            Other = Row(draft.Funding.Other!),
            Weight = Number(draft.Funding.Weight),
            ExecutionRate = Number(draft.Funding.Rate),
            Score = Number(draft.Funding.Score),
        },
        Goals = new Goals { Expected = Text(draft.ExpectedGoal), Achieved = Text(draft.AchievedGoal) },
        Indicators = draft.Indicators.Select(Indicator).ToArray(),
        TotalWeight = Number(draft.TotalWeight),
        TotalScore = Number(draft.TotalScore),
        Grade = draft.Grade is null ? null : Text(draft.Grade),
        Findings = findings,
    };

    public static Indicator Indicator(IndicatorDraft row) => new()
    {
        Level1 = row.Level1,
        Level2 = row.Level2,
        Name = Text(PrintedText.Plain(row.Name)),
        Target = Measure(row.Target),
        Actual = Measure(row.Actual),
        Weight = Number(row.Weight),
        Score = Number(row.Score),
        DeviationReason = row.Reason.Length == 0 ? null : Text(PrintedText.Plain(row.Reason)),
    };

    internal static FundingRow Row(AmountRow row) => new()
    {
        Label = row.Label,
        InitialBudget = Number(row.Initial),
        AdjustedBudget = Number(row.Adjusted),
        Executed = Number(row.Executed),
    };

    internal static NumberCell? Number(Printed? printed) =>
        printed is null ? null : new NumberCell { Text = printed.Text, Value = printed.Value };

    internal static TextCell Text(PrintedText printed) => new() { Text = printed.Text, Value = printed.Value };

    internal static MeasureCell? Measure(PrintedMeasure? printed) =>
        printed is null ? null : new MeasureCell { Text = printed.Text, Value = printed.Value };
}
