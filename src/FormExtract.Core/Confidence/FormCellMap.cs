using FormExtract.Core.Model;

namespace FormExtract.Core.Confidence;

/// <summary>
/// Every cell of a form with its JSON Pointer (the one findings and review use), in reading order, and the form
/// rebuilt with each cell replaced by what a function makes of it.
/// </summary>
public static class FormCellMap
{
    /// <summary>The form's cells with their paths, in the order <see cref="Map"/> visits them; the form is walked, not rebuilt.</summary>
    public static IReadOnlyList<(string Path, Cell Cell)> Cells(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var cells = new List<(string, Cell)>(16 + (form.Indicators.Count * 6));
        void Add(string path, Cell? cell)
        {
            if (cell is not null)
            {
                cells.Add((path, cell));
            }
        }

        void Row(string path, FundingRow? row)
        {
            if (row is not null)
            {
                Add(path + "/initialBudget", row.InitialBudget);
                Add(path + "/adjustedBudget", row.AdjustedBudget);
                Add(path + "/executed", row.Executed);
            }
        }

        var funding = form.Funding;
        Add("/projectName", form.ProjectName);
        Add("/department", form.Department);
        Add("/implementingUnit", form.ImplementingUnit);
        Row("/funding/total", funding.Total);
        Row("/funding/fiscalAppropriation", funding.FiscalAppropriation);
        Row("/funding/carryover", funding.Carryover);
        Row("/funding/other", funding.Other);
        for (var i = 0; i < (funding.ExtraRows?.Count ?? 0); i++)
        {
            Row($"/funding/extraRows/{i}", funding.ExtraRows![i]);
        }

        Add("/funding/weight", funding.Weight);
        Add("/funding/executionRate", funding.ExecutionRate);
        Add("/funding/score", funding.Score);
        Add("/goals/expected", form.Goals.Expected);
        Add("/goals/achieved", form.Goals.Achieved);
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var x = form.Indicators[i];
            var at = $"/indicators/{i}/";
            Add(at + "name", x.Name);
            Add(at + "target", x.Target);
            Add(at + "actual", x.Actual);
            Add(at + "weight", x.Weight);
            Add(at + "score", x.Score);
            Add(at + "deviationReason", x.DeviationReason);
        }

        Add("/totalWeight", form.TotalWeight);
        Add("/totalScore", form.TotalScore);
        Add("/grade", form.Grade);
        return cells;
    }

    /// <summary>The form with each cell replaced by <paramref name="map"/>'s result, which must be a cell of the same kind.</summary>
    public static Form Map(Form form, Func<string, Cell, Cell> map)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(map);
        T? M<T>(string path, T? cell)
            where T : Cell => cell is null ? null : (T)map(path, cell);

        FundingRow? Row(string path, FundingRow? row) => row is null ? null : row with
        {
            InitialBudget = M(path + "/initialBudget", row.InitialBudget),
            AdjustedBudget = M(path + "/adjustedBudget", row.AdjustedBudget),
            Executed = M(path + "/executed", row.Executed),
        };

        var funding = form.Funding;
        return form with
        {
            ProjectName = M("/projectName", form.ProjectName),
            Department = M("/department", form.Department),
            ImplementingUnit = M("/implementingUnit", form.ImplementingUnit),
            Funding = funding with
            {
                Total = Row("/funding/total", funding.Total),
                FiscalAppropriation = Row("/funding/fiscalAppropriation", funding.FiscalAppropriation),
                Carryover = Row("/funding/carryover", funding.Carryover),
                Other = Row("/funding/other", funding.Other),
                ExtraRows = funding.ExtraRows?.Select((r, i) => Row($"/funding/extraRows/{i}", r)!).ToArray(),
                Weight = M("/funding/weight", funding.Weight),
                ExecutionRate = M("/funding/executionRate", funding.ExecutionRate),
                Score = M("/funding/score", funding.Score),
            },
            Goals = form.Goals with
            {
                Expected = M("/goals/expected", form.Goals.Expected),
                Achieved = M("/goals/achieved", form.Goals.Achieved),
            },
            Indicators = [.. form.Indicators.Select((x, i) => x with
            {
                Name = M($"/indicators/{i}/name", x.Name),
                Target = M($"/indicators/{i}/target", x.Target),
                Actual = M($"/indicators/{i}/actual", x.Actual),
                Weight = M($"/indicators/{i}/weight", x.Weight),
                Score = M($"/indicators/{i}/score", x.Score),
                DeviationReason = M($"/indicators/{i}/deviationReason", x.DeviationReason),
            })],
            TotalWeight = M("/totalWeight", form.TotalWeight),
            TotalScore = M("/totalScore", form.TotalScore),
            Grade = M("/grade", form.Grade),
        };
    }
}
