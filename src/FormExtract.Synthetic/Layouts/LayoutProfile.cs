using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// What a layout changes in the content of a form, as the generator fills it in: the budget block's weight (none
/// where the block carries no score), how the indicators' points are split between the groups, which columns
/// hold figures, the funding's source rows, and the features only some layouts have (其中 sub-rows, ★ core
/// indicators, points printed in the group labels). The national layout's profile changes nothing.
/// </summary>
internal sealed record LayoutProfile
{
    public static LayoutProfile National { get; } = new();

    /// <summary>The budget block's weight; null where it prints no 分值 and no 得分.</summary>
    public decimal? BudgetWeight { get; init; } = SelfEvaluationTemplate.FundingWeight;

    /// <summary>The points of 产出, 效益 and 满意度, in that order.</summary>
    public IReadOnlyList<decimal> GroupWeights { get; init; } = [.. SelfEvaluationTemplate.Groups.Select(g => g.ExpectedWeight ?? 0m)];

    /// <summary>Whether each group's points are split evenly (12.5 × 4), as the pre-2020 forms do.</summary>
    public bool EvenWeights { get; init; }

    /// <summary>Whether the indicator rows print their 分值 (the 20-point budget forms print only 得分).</summary>
    public bool WeightsPrinted { get; init; } = true;

    /// <summary>Whether the indicator table has a deviation-reason column.</summary>
    public bool ReasonsPrinted { get; init; } = true;

    /// <summary>Whether the form has a 年度总体目标 block.</summary>
    public bool GoalsPrinted { get; init; } = true;

    public RateBase RateBase { get; init; } = RateBase.Adjusted;

    /// <summary>Whether 年初预算数 is printed beside the base budget (on layouts whose base is the adjusted one).</summary>
    public bool InitialPrinted { get; init; } = true;

    public FundingParts Parts { get; init; } = FundingParts.National;

    /// <summary>Whether a low execution rate may occur on a clean form (it needs a place for its cause).</summary>
    public bool LowRates { get; init; } = true;

    /// <summary>The chance that a 数量指标 row with a count is detailed by 其中 sub-rows.</summary>
    public double SubRowChance { get; init; }

    /// <summary>The chance that a row is marked ★ as a core indicator.</summary>
    public double CoreStarChance { get; init; }

    /// <summary>The chance that a form prints its groups' points in their labels (产出指标(50分)).</summary>
    public double GroupPointsChance { get; init; }

    /// <summary>
    /// Whether the readers check the groups' points against the usual 50/30/10 where a form prints none; where they
    /// do not, a broken split can only be caught against points printed in the labels.
    /// </summary>
    public bool UsualSplit { get; init; } = true;

    public decimal TotalWeight { get; init; } = SelfEvaluationTemplate.TotalWeight;

    /// <summary>The fiscal year the layout's forms are of, where it is not the generator's (the pre-2020 forms).</summary>
    public int? FiscalYear { get; init; }

    /// <summary>The chance that the form's amounts are in 万元 rather than 元.</summary>
    public double WanChance { get; init; } = 0.25;

    /// <summary>The chance that the form states the grade its total earns.</summary>
    public double GradeChance { get; init; } = 0.3;
}
