using FormExtract.Core.Model;
using FormExtract.Core.Reconciliation;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Reconciliation;

/// <summary>
/// The cells a finding rests on, sure or not: what an evaluation needs to tell whether a false finding stands on
/// misread cells the reader was sure of.
/// </summary>
public sealed class FindingCellsTests
{
    private readonly FormValidator _validator = FormValidator.CreateDefault();

    [Fact]
    public void A_total_that_breaks_on_a_sure_score_rests_on_the_scores_and_not_on_the_funding_amounts()
    {
        // 得分 15 read as 5 at 0.999: no doubt, but the total's finding still rests on the cell.
        var form = _validator.Revalidate(Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.999) }));
        var index = form.Findings.ToList().FindIndex(f => f.Rule == "total-score");

        var cells = FindingCells.Of(_validator, form);

        Assert.True(index >= 0);
        Assert.Equal(form.Findings.Count, cells.Count);
        Assert.Contains("/indicators/6/score", cells[index]);
        // The sum's other terms too (every score), but no funding amount: no sum of scores involves one.
        Assert.Contains("/indicators/0/score", cells[index]);
        Assert.DoesNotContain(cells[index], p => p.StartsWith(FormPaths.FundingCell("total", string.Empty), StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_made_doubtful_rests_on_the_same_cells_as_the_error_the_rule_gives()
    {
        var sure = _validator.Revalidate(Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.999) }));
        var unsure = _validator.Revalidate(Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.6) }));
        var doubtful = Assert.Single(unsure.Findings, f => f.Rule == "total-score");
        Assert.Equal(Severity.Warning, doubtful.Severity);

        Assert.Equal(
            FindingCells.Of(_validator, sure)[sure.Findings.ToList().FindIndex(f => f.Rule == "total-score")],
            FindingCells.Of(_validator, unsure)[unsure.Findings.ToList().IndexOf(doubtful)]);
    }

    [Fact]
    public void A_finding_the_validator_does_not_give_rests_on_no_cell_and_a_form_without_findings_has_none()
    {
        var form = Some.Form();
        var stray = form with { Findings = [new Finding("total-score", Severity.Error, FormPaths.TotalScore, "1", "2", "not this form's")] };

        Assert.Empty(FindingCells.Of(_validator, _validator.Revalidate(form)));
        Assert.Empty(Assert.Single(FindingCells.Of(_validator, stray)));
    }

    private static NumberCell Scanned(string text, double confidence) =>
        Some.Number(text) with { Page = 1, Bbox = [900, 1300, 1000, 1340], Confidence = confidence };
}
