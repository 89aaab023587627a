using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Injection;

/// <summary>
/// Breaks a correct draft in one known way and records the findings the validator must then report, computed
/// here from the injection itself (never by running the validator). Each break is chosen so that it trips its
/// own rule and no other: a form's totals are kept consistent with whatever the break changed.
/// </summary>
internal static class ErrorInjector
{
    /// <summary>The execution rate a form needs for the rule to be breakable alone; null for any rate.</summary>
    public static decimal? RateFor(Random random, string rule) => rule switch
    {
        InjectedRules.BudgetScore => random.Between(0.9m, 0.98m, 4),
        InjectedRules.ExecutionRate => random.Between(0.92m, 1m, 4),
        InjectedRules.ExecutedExceedsBudget => random.Between(1.02m, 1.15m, 4),
        InjectedRules.LowExecution => random.Between(0.4m, 0.88m, 4),
        _ => null,
    };

    /// <summary>The broken draft and its findings, or null where this draft offers no place for the break.</summary>
    public static (FormDraft Draft, IReadOnlyList<Finding> Findings)? Inject(Random random, FormDraft draft, string rule, Theme theme) => rule switch
    {
        InjectedRules.TotalScore => TotalScore(random, draft),
        InjectedRules.TotalWeight => TotalWeight(random, draft),
        InjectedRules.BudgetScore => BudgetScore(draft),
        InjectedRules.ExecutionRate => ExecutionRate(random, draft),
        InjectedRules.FundingBreakdown => FundingBreakdown(random, draft),
        InjectedRules.FloatArtifact => FloatArtifact(draft),
        InjectedRules.ExecutedExceedsBudget => One(draft, InjectedRules.ExecutedExceedsBudget, Severity.Warning, "/funding/total/executed",
            draft.Funding.Total.Executed!.Text, draft.Funding.Total.Adjusted!.Text, "全年执行数 exceeds 全年预算数."),
        InjectedRules.LowExecution => LowExecution(draft),
        InjectedRules.Grade => WrongGrade(random, draft),
        _ => IndicatorBreaks.Inject(random, draft, rule, theme),
    };

    /// <summary>The draft with 总分's 得分 recomputed from the funding and indicator scores.</summary>
    public static FormDraft WithConsistentTotal(FormDraft draft) =>
        draft with { TotalScore = Figures.Trimmed((draft.Funding.Score?.Value ?? 0m) + draft.Scored.Sum(i => i.Score.Value)) };

    public static (FormDraft, IReadOnlyList<Finding>) One(
        FormDraft draft, string rule, Severity severity, string path, string? stated, string? expected, string message) =>
        (draft, [new Finding(rule, severity, path, stated, expected, message)]);

    private static (FormDraft, IReadOnlyList<Finding>) TotalScore(Random random, FormDraft draft)
    {
        var offset = random.Pick([1m, -2m, 0.5m, 5m, -0.37m]);
        var stated = Figures.Trimmed(draft.TotalScore.Value + offset);
        return One(draft with { TotalScore = stated }, InjectedRules.TotalScore, Severity.Error, "/totalScore",
            stated.Text, draft.TotalScore.Text, "总分 得分 is not the sum of the funding and indicator scores.");
    }

    private static (FormDraft, IReadOnlyList<Finding>) TotalWeight(Random random, FormDraft draft)
    {
        var stated = Figures.Trimmed(random.Pick([90m, 95m, 105m, 110m]));
        return One(draft with { TotalWeight = stated }, InjectedRules.TotalWeight, Severity.Error, "/totalWeight",
            stated.Text, draft.TotalWeight.Text, "总分 分值 is not 100.");
    }

    private static (FormDraft, IReadOnlyList<Finding>)? BudgetScore(FormDraft draft)
    {
        var funding = draft.Funding;
        if (funding.Score is not { } score || funding.Weight is not { } weight || score.Value >= weight.Value - 0.01m)
        {
            return null;
        }

        // Over-claimed as the real sample does: the full 10 points despite a rate below 100%.
        var broken = WithConsistentTotal(draft with { Funding = funding with { Score = funding.Weight } });
        return One(broken, InjectedRules.BudgetScore, Severity.Warning, "/funding/score",
            weight.Text, score.Text, "得分 of 年度资金总额 does not follow from the execution rate.");
    }

    private static (FormDraft, IReadOnlyList<Finding>) ExecutionRate(Random random, FormDraft draft)
    {
        var funding = draft.Funding;
        var small = random.Chance(0.3);
        var offset = small ? 0.0005m : random.Pick([0.005m, 0.01m, 0.02m]);
        var statedValue = funding.Rate.Value < 0.97m ? funding.Rate.Value + offset : funding.Rate.Value - offset;
        var stated = Figures.Percent(statedValue);
        return One(draft with { Funding = funding with { Rate = stated } }, InjectedRules.ExecutionRate,
            small ? Severity.Warning : Severity.Error, "/funding/executionRate", stated.Text, funding.Rate.Text,
            "执行率 does not match 全年执行数 / 全年预算数.");
    }

    private static (FormDraft, IReadOnlyList<Finding>)? FundingBreakdown(Random random, FormDraft draft)
    {
        // The parts no longer add up to 年度资金总额 in the 全年预算数 column: the first source with money is misprinted.
        var funding = draft.Funding;
        var part = funding.Parts.FirstOrDefault(p => p.Adjusted is not null);
        if (part is null)
        {
            return null;
        }

        var offset = funding.Unit == SelfEvaluationTemplate.FundingUnits[0] ? random.Pick([1000m, 25000m, -500m]) : random.Pick([1m, 2.5m, -0.5m]);
        var broken = Figures.Trimmed(part.Adjusted!.Value + offset);
        var expectedSum = funding.Parts.Sum(p => ReferenceEquals(p, part) ? broken.Value : p.Adjusted?.Value ?? 0m);
        var changed = part with { Adjusted = broken };
        var brokenFunding = ReferenceEquals(part, funding.Fiscal)
            ? funding with { Fiscal = changed }
            : funding with { Extra = funding.Extra.Select(p => ReferenceEquals(p, part) ? changed : p).ToArray() };
        return One(draft with { Funding = brokenFunding },
            InjectedRules.FundingBreakdown, Severity.Error, "/funding/total/adjustedBudget",
            funding.Total.Adjusted!.Text, Figures.Number(expectedSum), "年度资金总额 is not the sum of its parts.");
    }

    private static (FormDraft, IReadOnlyList<Finding>) FloatArtifact(FormDraft draft)
    {
        // A spreadsheet that summed binary doubles prints 90.78999999999999 for 90.79.
        var clean = draft.TotalScore;
        var noisy = (clean.Value - 0.00000000000001m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return One(draft with { TotalScore = clean with { Text = noisy } }, InjectedRules.FloatArtifact, Severity.Warning,
            "/totalScore", noisy, clean.Text, "The figure carries binary floating-point noise.");
    }

    /// <summary>评价等级 as 总分's stated 得分 earns it: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差.</summary>
    public static string GradeFor(decimal total) => SelfEvaluationTemplate.Grades.First(g => total >= g.LowerBound).Grade;

    private static (FormDraft, IReadOnlyList<Finding>) WrongGrade(Random random, FormDraft draft)
    {
        // A grade one band too good, as a form that rounds 89.5 up to 优 states it.
        var earned = GradeFor(draft.TotalScore.Value);
        var bands = SelfEvaluationTemplate.Grades.Select(g => g.Grade).ToArray();
        var index = Array.IndexOf(bands, earned);
        var stated = bands[index == 0 ? 1 : index - 1];
        var grade = GradeWords.Spell(random, stated);
        return One(draft with { Grade = grade }, InjectedRules.Grade, Severity.Error, "/grade", grade.Text, earned,
            "评价等级 does not match 总分.");
    }

    private static (FormDraft, IReadOnlyList<Finding>)? LowExecution(FormDraft draft)
    {
        if (draft.Funding.TrueRate >= FundingFactory.LowExecution || draft.Indicators.Any(i => i.Reason.Length > 0))
        {
            return null;
        }

        return One(draft, InjectedRules.LowExecution, Severity.Warning, "/funding/executionRate",
            draft.Funding.Rate.Text, null, "Execution below 90% with no cause given.");
    }
}
