using FormExtract.Core.Model;

namespace FormExtract.Archive.Tests.Support;

/// <summary>Documents built by hand, for what no bundled input shows yet.</summary>
internal static class Some
{
    /// <summary>A department form with every v1.1 field: template, type, title, truncated, grade, group weights, an extra funding row.</summary>
    public static FormDocument DocumentWithV11Fields()
    {
        static NumberCell Figure(string text, decimal value) => new() { Text = text, Value = value, Line = 3 };
        var form = new Form
        {
            FormIndex = 0,
            Template = "department-overall",
            FormType = FormType.Department,
            Title = "部门整体支出绩效自评表",
            Truncated = true,
            FiscalYear = 2023,
            Funding = new Funding
            {
                Total = new FundingRow { Label = "年度资金总额", InitialBudget = Figure("100", 100m), AdjustedBudget = Figure("120", 120m), Executed = Figure("110", 110m) },
                ExtraRows = [new FundingRow { Label = "财政专户管理资金", InitialBudget = Figure("20", 20m), AdjustedBudget = Figure("30.00", 30m), Executed = Figure("25.50", 25.5m) }],
            },
            GroupWeights = new Dictionary<string, decimal> { ["产出指标"] = 50m, ["效益指标"] = 30m },
            Grade = new TextCell { Text = "优", Value = "优", Line = 9 },
        };
        return new FormDocument
        {
            Source = new SourceInfo { Path = "hand-made/department.txt", Sha256 = new string('a', 64), Format = SourceFormat.Text },
            Forms = [form],
            Warnings = [new ExtractionWarning("form-truncated", "hand-made/department.txt:9: the input ends before the 总分 row.", Form: 0, Line: 9)],
        };
    }
}
