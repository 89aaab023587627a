using FormExtract.Core.Model;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Review;

/// <summary>
/// Every cell slot of a form by its JSON Pointer, in the order the form prints them, and a form with one cell
/// replaced. Findings and warnings name cells by these pointers, so a report, an export or a correction finds
/// the cell a finding is about.
/// </summary>
public static class FormCellIndex
{
    private static readonly string[] FundingRowNames = ["total", "fiscalAppropriation", "carryover", "other"];
    private static readonly string[] FundingColumnNames = ["initialBudget", "adjustedBudget", "executed"];

    public static IReadOnlyList<FormCell> All(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var cells = new List<FormCell>
        {
            new("/projectName", CellKind.Text, form.ProjectName),
            new("/department", CellKind.Text, form.Department),
            new("/implementingUnit", CellKind.Text, form.ImplementingUnit),
        };
        foreach (var (name, row) in FundingRows(form.Funding))
        {
            cells.Add(new(FormPaths.FundingCell(name, "initialBudget"), CellKind.Number, row?.InitialBudget));
            cells.Add(new(FormPaths.FundingCell(name, "adjustedBudget"), CellKind.Number, row?.AdjustedBudget));
            cells.Add(new(FormPaths.FundingCell(name, "executed"), CellKind.Number, row?.Executed));
            if (name == "total")
            {
                cells.Add(new(FormPaths.FundingWeight, CellKind.Number, form.Funding.Weight));
                cells.Add(new(FormPaths.FundingExecutionRate, CellKind.Rate, form.Funding.ExecutionRate));
                cells.Add(new(FormPaths.FundingScore, CellKind.Number, form.Funding.Score));
            }
        }

        cells.Add(new("/goals/expected", CellKind.Text, form.Goals.Expected));
        cells.Add(new("/goals/achieved", CellKind.Text, form.Goals.Achieved));
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var indicator = form.Indicators[i];
            cells.Add(new(FormPaths.Indicator(i, "name"), CellKind.Text, indicator.Name));
            cells.Add(new(FormPaths.Indicator(i, "target"), CellKind.Measure, indicator.Target));
            cells.Add(new(FormPaths.Indicator(i, "actual"), CellKind.Measure, indicator.Actual));
            cells.Add(new(FormPaths.Indicator(i, "weight"), CellKind.Number, indicator.Weight));
            cells.Add(new(FormPaths.Indicator(i, "score"), CellKind.Number, indicator.Score));
            cells.Add(new(FormPaths.Indicator(i, "deviationReason"), CellKind.Text, indicator.DeviationReason));
        }

        cells.Add(new(FormPaths.TotalWeight, CellKind.Number, form.TotalWeight));
        cells.Add(new(FormPaths.TotalScore, CellKind.Number, form.TotalScore));
        cells.Add(new(FormPaths.Grade, CellKind.Text, form.Grade));
        return cells;
    }

    /// <summary>The cell slot a pointer names; null when it names none (a row, or nothing).</summary>
    public static FormCell? Find(Form form, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return All(form).FirstOrDefault(c => c.Path == path);
    }

    /// <summary>The slots at or below a pointer: a cell's own, or every cell of a row a finding names.</summary>
    public static IReadOnlyList<FormCell> Under(Form form, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return All(form).Where(c => c.Path == path || c.Path.StartsWith(path + "/", StringComparison.Ordinal)).ToArray();
    }

    /// <summary>The form with the cell at <paramref name="path"/> replaced; throws when the pointer names no cell slot.</summary>
    public static Form With(Form form, string path, Cell cell)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.TrimStart('/').Split('/');
        return parts switch
        {
            ["projectName"] => form with { ProjectName = As<TextCell>(cell, path) },
            ["department"] => form with { Department = As<TextCell>(cell, path) },
            ["implementingUnit"] => form with { ImplementingUnit = As<TextCell>(cell, path) },
            ["grade"] => form with { Grade = As<TextCell>(cell, path) },
            ["goals", "expected"] => form with { Goals = form.Goals with { Expected = As<TextCell>(cell, path) } },
            ["goals", "achieved"] => form with { Goals = form.Goals with { Achieved = As<TextCell>(cell, path) } },
            ["totalWeight"] => form with { TotalWeight = As<NumberCell>(cell, path) },
            ["totalScore"] => form with { TotalScore = As<NumberCell>(cell, path) },
            ["funding", "weight"] => form with { Funding = form.Funding with { Weight = As<NumberCell>(cell, path) } },
            ["funding", "executionRate"] => form with { Funding = form.Funding with { ExecutionRate = As<NumberCell>(cell, path) } },
            ["funding", "score"] => form with { Funding = form.Funding with { Score = As<NumberCell>(cell, path) } },
            ["funding", "extraRows", var index, var column] => form with { Funding = WithExtraRow(form.Funding, Index(index, form.Funding.ExtraRows?.Count ?? 0, path), column, As<NumberCell>(cell, path), path) },
            ["funding", var row, var column] when FundingRowNames.Contains(row) => form with { Funding = WithFundingRow(form.Funding, row, column, As<NumberCell>(cell, path), path) },
            ["indicators", var index, var field] => form with { Indicators = WithIndicator(form.Indicators, Index(index, form.Indicators.Count, path), field, cell, path) },
            _ => throw NoSlot(path),
        };
    }

    private static IEnumerable<(string Name, FundingRow? Row)> FundingRows(Funding funding) =>
        FundingRowNames.Select(n => (n, n switch
        {
            "total" => funding.Total,
            "fiscalAppropriation" => funding.FiscalAppropriation,
            "carryover" => funding.Carryover,
            _ => funding.Other,
        })).Concat((funding.ExtraRows ?? []).Select((row, i) => ($"extraRows/{i}", (FundingRow?)row)));

    private static Funding WithFundingRow(Funding funding, string row, string column, NumberCell cell, string path)
    {
        var current = row switch
        {
            "total" => funding.Total,
            "fiscalAppropriation" => funding.FiscalAppropriation,
            "carryover" => funding.Carryover,
            _ => funding.Other,
        } ?? throw new ArgumentException($"{path}: the form has no such funding row to correct.", nameof(path));
        var replaced = WithColumn(current, column, cell, path);
        return row switch
        {
            "total" => funding with { Total = replaced },
            "fiscalAppropriation" => funding with { FiscalAppropriation = replaced },
            "carryover" => funding with { Carryover = replaced },
            _ => funding with { Other = replaced },
        };
    }

    private static Funding WithExtraRow(Funding funding, int index, string column, NumberCell cell, string path)
    {
        var rows = funding.ExtraRows!.ToArray();
        rows[index] = WithColumn(rows[index], column, cell, path);
        return funding with { ExtraRows = rows };
    }

    private static FundingRow WithColumn(FundingRow row, string column, NumberCell cell, string path) => column switch
    {
        "initialBudget" => row with { InitialBudget = cell },
        "adjustedBudget" => row with { AdjustedBudget = cell },
        "executed" => row with { Executed = cell },
        _ => throw NoSlot(path),
    };

    private static Indicator[] WithIndicator(IReadOnlyList<Indicator> indicators, int index, string field, Cell cell, string path)
    {
        var rows = indicators.ToArray();
        var row = rows[index];
        rows[index] = field switch
        {
            "name" => row with { Name = As<TextCell>(cell, path) },
            "target" => row with { Target = As<MeasureCell>(cell, path) },
            "actual" => row with { Actual = As<MeasureCell>(cell, path) },
            "weight" => row with { Weight = As<NumberCell>(cell, path) },
            "score" => row with { Score = As<NumberCell>(cell, path) },
            "deviationReason" => row with { DeviationReason = As<TextCell>(cell, path) },
            _ => throw NoSlot(path),
        };
        return rows;
    }

    private static int Index(string text, int count, string path) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < count
            ? index
            : throw NoSlot(path);

    private static T As<T>(Cell cell, string path)
        where T : Cell =>
        cell as T ?? throw new ArgumentException($"{path}: a {typeof(T).Name} belongs there, not a {cell.GetType().Name}.", nameof(cell));

    private static ArgumentException NoSlot(string path) => new($"{path}: no cell of the form is at this place.", nameof(path));
}
