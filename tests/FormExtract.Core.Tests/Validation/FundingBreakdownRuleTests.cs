using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class FundingBreakdownRuleTests
{
    private readonly FundingBreakdownRule _rule = new();

    [Fact]
    public void Total_that_is_the_sum_of_its_parts_passes()
    {
        FindingAssert.Nothing(_rule, Some.Form());
    }

    [Fact]
    public void Executed_total_above_its_parts_is_an_error_on_the_total()
    {
        var form = Some.Form().WithFunding(f => f with { FiscalAppropriation = Some.FundingRow(Some.FiscalLabel, 100000m, 100000m, 94000m) });

        FindingAssert.One(_rule, form, Severity.Error, "/funding/total/executed", "95000", "94000");
    }

    [Fact]
    public void Each_column_is_checked_in_the_order_of_the_form()
    {
        var form = Some.Form().WithFunding(f => f with { Other = Some.FundingRow(Some.OtherLabel, 1m, 2m, 0m) });

        Assert.Equal(
            [
                ("/funding/total/initialBudget", Severity.Error, (string?)"100000", (string?)"100001"),
                ("/funding/total/adjustedBudget", Severity.Error, "100000", "100002"),
            ],
            FindingAssert.Summary(_rule, form));
    }

    [Fact]
    public void Blank_parts_count_zero_as_in_the_real_corpus()
    {
        // 年度资金总额 1,505,492 = 当年财政拨款 1505492 + 上年结转资金 (blank) + 其他资金 (blank).
        var form = Some.Form(Some.Funding(1561500m, 1505492m)).WithFunding(f => f with
        {
            Total = f.Total! with { Executed = Some.Number("1,505,492") },
            Carryover = Some.FundingRow(Some.CarryoverLabel, 0m, 0m, null),
            Other = Some.FundingRow(Some.OtherLabel, 0m, 0m, null) with { Executed = Some.Number("—") },
        });

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void A_dash_printed_for_no_value_does_not_leave_the_sums_open()
    {
        var form = Some.Form().WithFunding(f => f with
        {
            FiscalAppropriation = Some.FundingRow(Some.FiscalLabel, 100000m, 100000m, 94000m),
            Other = Some.FundingRow(Some.OtherLabel, 0m, 0m, null) with { Executed = Some.Number("—") },
        });

        FindingAssert.One(_rule, form, Severity.Error, "/funding/total/executed", "95000", "94000");
    }

    [Fact]
    public void A_part_whose_printed_figures_could_not_be_read_leaves_the_sums_open()
    {
        // Figures run together that could not be parted (fused-figures) stay as printed, with no value.
        var form = Some.Form().WithFunding(f => f with
        {
            FiscalAppropriation = Some.FundingRow(Some.FiscalLabel, 100000m, 100000m, 94000m) with { InitialBudget = Some.Number("10000094000.5 —") },
        });

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void Parts_from_several_rows_add_up()
    {
        var form = Some.Form().WithFunding(f => f with
        {
            FiscalAppropriation = Some.FundingRow(Some.FiscalLabel, 90000m, 90000m, 90000m),
            Carryover = Some.FundingRow(Some.CarryoverLabel, 10000m, 10000m, 5000m),
        });

        FindingAssert.Nothing(_rule, form);
    }

    [Theory]
    [InlineData("95000.01", null)]
    [InlineData("94999.99", null)]
    [InlineData("95000.02", "95000")]
    [InlineData("94999.98", "95000")]
    public void Tolerance_is_one_hundredth(string total, string? expected)
    {
        var form = Some.Form().WithTotalRow(r => r with { Executed = Some.Number(total) });

        var finding = _rule.Check(form).SingleOrDefault();

        Assert.Equal(expected, finding?.Expected);
    }

    [Fact]
    public void Column_whose_parts_are_all_blank_is_skipped()
    {
        var form = Some.Form().WithFunding(f => f with
        {
            FiscalAppropriation = Some.FundingRow(Some.FiscalLabel, null, null, null),
            Carryover = null,
            Other = Some.FundingRow(Some.OtherLabel, null, null, null) with { Executed = Some.Number("—") },
        });

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void Blank_total_is_skipped()
    {
        var form = Some.Form()
            .WithTotalRow(r => r with { InitialBudget = null, AdjustedBudget = Some.Number("—"), Executed = null })
            .WithFunding(f => f with { Other = Some.FundingRow(Some.OtherLabel, 1m, 1m, 1m) });

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void Form_without_a_total_row_reports_nothing()
    {
        FindingAssert.Nothing(_rule, Some.Form().WithFunding(f => f with { Total = null }));
    }
}
