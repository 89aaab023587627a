using System.Globalization;
using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Scoring;

/// <summary>Compares one form with its truth, adding one <see cref="FieldComparison"/> per field of the truth's shape.</summary>
internal sealed class FormComparer(string file, int form, List<FieldComparison> fields)
{
    private (string Truth, string? Actual)? _actualRow;

    public void Form(Form want, Form? got)
    {
        Add("/template", FieldKind.Category, want.Template, got?.Template);
        if (want.FormType is not null)
        {
            // Truths written before v1.1 do not state the form type.
            Add("/formType", FieldKind.Category, want.FormType.ToString(), got?.FormType?.ToString());
        }

        if (want.Truncated || got?.Truncated == true)
        {
            Add("/truncated", FieldKind.Category, want.Truncated ? "true" : "false", got is null ? null : got.Truncated ? "true" : "false");
        }

        if (want.GroupWeights is not null || got?.GroupWeights is not null)
        {
            Add("/groupWeights", FieldKind.Number, Points(want.GroupWeights), Points(got?.GroupWeights));
        }

        Add("/title", FieldKind.Text, AccuracyScorer.LabelOf(want.Title), AccuracyScorer.LabelOf(got?.Title));
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
        if (want.Grade is not null || got?.Grade is not null)
        {
            Text("/grade", want.Grade, got?.Grade);
        }
    }

    private void Funding(Funding want, Funding? got)
    {
        Add("/funding/unit", FieldKind.Text, want.Unit, got?.Unit);
        Row("/funding/total", want.Total, got?.Total);
        Row("/funding/fiscalAppropriation", want.FiscalAppropriation, got?.FiscalAppropriation);
        Row("/funding/carryover", want.Carryover, got?.Carryover);
        Row("/funding/other", want.Other, got?.Other);
        var extra = Math.Max(want.ExtraRows?.Count ?? 0, got?.ExtraRows?.Count ?? 0);
        for (var i = 0; i < extra; i++)
        {
            var wantRow = want.ExtraRows?.ElementAtOrDefault(i);
            var gotRow = got?.ExtraRows?.ElementAtOrDefault(i);
            Add($"/funding/extraRows/{i}/label", FieldKind.Category, AccuracyScorer.LabelOf(wantRow?.Label), AccuracyScorer.LabelOf(gotRow?.Label));
            Row($"/funding/extraRows/{i}", wantRow, gotRow);
        }
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
            _actualRow = (path, pairs[i] is { } k ? $"/indicators/{k}" : null);
            Add(path + "/level1", FieldKind.Category, AccuracyScorer.CategoryOf(w.Level1), AccuracyScorer.CategoryOf(g?.Level1));
            Add(path + "/level2", FieldKind.Category, AccuracyScorer.CategoryOf(w.Level2), AccuracyScorer.CategoryOf(g?.Level2));
            Text(path + "/name", w.Name, g?.Name);
            Add(path + "/target", FieldKind.Measure, AccuracyScorer.MeasureOf(w.Target), AccuracyScorer.MeasureOf(g?.Target));
            Add(path + "/actual", FieldKind.Measure, AccuracyScorer.MeasureOf(w.Actual), AccuracyScorer.MeasureOf(g?.Actual));
            Number(path + "/weight", w.Weight, g?.Weight);
            Number(path + "/score", w.Score, g?.Score);
            Text(path + "/deviationReason", w.DeviationReason, g?.DeviationReason);
        }

        _actualRow = null;
        // Rows the extraction invented count against it as one wrong field each.
        var matched = pairs.Where(p => p is not null).Select(p => p!.Value).ToHashSet();
        for (var j = 0; j < got.Count; j++)
        {
            if (!matched.Contains(j))
            {
                fields.Add(new FieldComparison(file, form, $"/indicators/+{j}", FieldKind.Text, null, AccuracyScorer.TextOf(got[j].Name) ?? "(extra row)") { ActualPath = $"/indicators/{j}" });
            }
        }
    }

    /// <summary>The points printed in the group labels, as one comparable text: 产出指标=50;效益指标=30.</summary>
    private static string? Points(IReadOnlyDictionary<string, decimal>? points) => points is null
        ? null
        : string.Join(";", points.Select(p => $"{AccuracyScorer.CategoryOf(p.Key)}={Core.Normalization.NumberParser.Canonical(p.Value).ToString(CultureInfo.InvariantCulture)}"));

    private void Text(string path, TextCell? want, TextCell? got) =>
        Add(path, FieldKind.Text, AccuracyScorer.TextOf(want), AccuracyScorer.TextOf(got));

    private void Number(string path, NumberCell? want, NumberCell? got) =>
        Add(path, FieldKind.Number, AccuracyScorer.NumberOf(want), AccuracyScorer.NumberOf(got));

    private void Add(string path, FieldKind kind, string? want, string? got) =>
        fields.Add(new FieldComparison(file, form, path, kind, want, got) { ActualPath = ActualPath(path) });

    /// <summary>The path in the extracted form: an indicator row's fields under the index of the row it was paired with.</summary>
    private string? ActualPath(string path) => _actualRow is ({ } truth, var actual) && path.StartsWith(truth + "/", StringComparison.Ordinal)
        ? actual is null ? null : actual + path[truth.Length..]
        : path;
}
