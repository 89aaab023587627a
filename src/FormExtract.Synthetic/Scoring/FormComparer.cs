using System.Globalization;
using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Scoring;

/// <summary>Compares one form with its truth, adding one <see cref="FieldComparison"/> per field of the truth's shape.</summary>
internal sealed class FormComparer(string file, int form, List<FieldComparison> fields)
{
    public void Form(Form want, Form? got)
    {
        Add("/fiscalYear", FieldKind.Number, want.FiscalYear?.ToString(CultureInfo.InvariantCulture), got?.FiscalYear?.ToString(CultureInfo.InvariantCulture));
        Text("/projectName", want.ProjectName, got?.ProjectName);
        Text("/department", want.Department, got?.Department);
        Text("/implementingUnit", want.ImplementingUnit, got?.ImplementingUnit);
        Funding(want.Funding, got?.Funding);
        Text("/goals/expected", want.Goals.Expected, got?.Goals.Expected);
        Text("/goals/achieved", want.Goals.Achieved, got?.Goals.Achieved);
        Indicators(want.Indicators, got?.Indicators ?? []);
        Number("/totalWeight", want.TotalWeight, got?.TotalWeight);
        Number("/totalScore", want.TotalScore, got?.TotalScore);
    }

    private void Funding(Funding want, Funding? got)
    {
        Add("/funding/unit", FieldKind.Text, want.Unit, got?.Unit);
        Row("/funding/total", want.Total, got?.Total);
        Row("/funding/fiscalAppropriation", want.FiscalAppropriation, got?.FiscalAppropriation);
        Row("/funding/carryover", want.Carryover, got?.Carryover);
        Row("/funding/other", want.Other, got?.Other);
        Number("/funding/weight", want.Weight, got?.Weight);
        Number("/funding/executionRate", want.ExecutionRate, got?.ExecutionRate);
        Number("/funding/score", want.Score, got?.Score);
    }

    private void Row(string path, FundingRow? want, FundingRow? got)
    {
        Number(path + "/initialBudget", want?.InitialBudget, got?.InitialBudget);
        Number(path + "/adjustedBudget", want?.AdjustedBudget, got?.AdjustedBudget);
        Number(path + "/executed", want?.Executed, got?.Executed);
    }

    private void Indicators(IReadOnlyList<Indicator> want, IReadOnlyList<Indicator> got)
    {
        var pairs = RowAlignment.Align(want.Select(i => AccuracyScorer.TextOf(i.Name)).ToArray(), got.Select(i => AccuracyScorer.TextOf(i.Name)).ToArray());
        for (var i = 0; i < want.Count; i++)
        {
            var w = want[i];
            var g = pairs[i] is { } j ? got[j] : null;
            var path = $"/indicators/{i}";
            Add(path + "/level1", FieldKind.Category, AccuracyScorer.CategoryOf(w.Level1), AccuracyScorer.CategoryOf(g?.Level1));
            Add(path + "/level2", FieldKind.Category, AccuracyScorer.CategoryOf(w.Level2), AccuracyScorer.CategoryOf(g?.Level2));
            Text(path + "/name", w.Name, g?.Name);
            Add(path + "/target", FieldKind.Measure, AccuracyScorer.MeasureOf(w.Target), AccuracyScorer.MeasureOf(g?.Target));
            Add(path + "/actual", FieldKind.Measure, AccuracyScorer.MeasureOf(w.Actual), AccuracyScorer.MeasureOf(g?.Actual));
            Number(path + "/weight", w.Weight, g?.Weight);
            Number(path + "/score", w.Score, g?.Score);
            Text(path + "/deviationReason", w.DeviationReason, g?.DeviationReason);
        }

        // Rows the extraction invented count against it as one wrong field each.
        var matched = pairs.Where(p => p is not null).Select(p => p!.Value).ToHashSet();
        for (var j = 0; j < got.Count; j++)
        {
            if (!matched.Contains(j))
            {
                Add($"/indicators/+{j}", FieldKind.Text, null, AccuracyScorer.TextOf(got[j].Name) ?? "(extra row)");
            }
        }
    }

    private void Text(string path, TextCell? want, TextCell? got) =>
        Add(path, FieldKind.Text, AccuracyScorer.TextOf(want), AccuracyScorer.TextOf(got));

    private void Number(string path, NumberCell? want, NumberCell? got) =>
        Add(path, FieldKind.Number, AccuracyScorer.NumberOf(want), AccuracyScorer.NumberOf(got));

    private void Add(string path, FieldKind kind, string? want, string? got) =>
        fields.Add(new FieldComparison(file, form, path, kind, want, got));
}
