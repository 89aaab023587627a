using FormExtract.Core.Template;
using FormExtract.Synthetic.Injection;

namespace FormExtract.Synthetic.Layouts;

/// <summary>The layouts the generator makes: the national one and every layout the readers fully support.</summary>
public static class SyntheticLayouts
{
    public const string DepartmentOverallId = "department-overall";
    public const string SplitTargetId = "project-self-evaluation-split-target";
    public const string DepartmentBudgetId = "department-budget-project";
    public const string TwentyPointBudgetId = "project-20-point-budget";
    public const string GoalSelfEvaluationId = "goal-self-evaluation";
    public const string TransferGoalId = "transfer-goal-self-evaluation";
    public const string ScoringMethodId = "project-pre2020-scoring-method";

    public static SyntheticLayout National { get; } = new(TemplateCatalog.NationalId, "V1 national (上海, 安徽, 湖北 …)", LayoutProfile.National, new NationalPrinter(), InjectedRules.All);

    /// <summary>Every layout, the national one first.</summary>
    public static IReadOnlyList<SyntheticLayout> All { get; } =
    [
        National,
        new(DepartmentOverallId, "V2 部门整体 (安徽金寨, 湖南零陵)", new LayoutProfile { WanChance = 0.8, GroupPointsChance = 0.5 }, new DepartmentOverallPrinter(), InjectedRules.All),
        new(SplitTargetId, "V13 Yunnan split target (云南 公开14表)", new LayoutProfile { GradeChance = 1 }, new SplitTargetPrinter(), InjectedRules.All),
        new(DepartmentBudgetId, "V12 Sichuan 部门预算项目 (大英县)",
            new LayoutProfile { WanChance = 1, GradeChance = 0, Parts = FundingParts.Sichuan }, new DepartmentBudgetPrinter(),
            Except(InjectedRules.Grade)),
        new(TwentyPointBudgetId, "V7 20-point budget (湖北黄石, 云南隆阳)",
            new LayoutProfile
            {
                BudgetWeight = 20m, GroupWeights = [40m, 30m, 10m], WeightsPrinted = false, ReasonsPrinted = false, GoalsPrinted = false,
                InitialPrinted = false, Parts = FundingParts.None, LowRates = false, WanChance = 1, GradeChance = 1, GroupPointsChance = 0.6,
            },
            new TwentyPointBudgetPrinter(),
            Only(InjectedRules.TotalScore, InjectedRules.BudgetScore, InjectedRules.FloatArtifact, InjectedRules.ExecutionRate,
                InjectedRules.ExecutedExceedsBudget, InjectedRules.LowExecution, InjectedRules.Grade)),
        new(GoalSelfEvaluationId, "V6 绩效目标自评表 of 衔接资金 (安徽萧县, 四川中江)",
            new LayoutProfile { InitialPrinted = false, Parts = FundingParts.FiscalAndOther, WanChance = 1, SubRowChance = 0.5, CoreStarChance = 0.4, GroupPointsChance = 1 },
            new GoalSelfEvaluationPrinter(), InjectedRules.All),
        new(TransferGoalId, "V3 transfer payment 绩效目标自评表 (四川梓潼, 宁夏原州)",
            new LayoutProfile
            {
                BudgetWeight = null, GroupWeights = [40m, 40m, 20m], InitialPrinted = false, Parts = FundingParts.Transfer, WanChance = 0.9,
                GradeChance = 0, GroupPointsChance = 0.6, UsualSplit = false,
            },
            new TransferGoalPrinter(),
            // No budget score: the total's sums are not checked; no grade is printed.
            Except(InjectedRules.TotalScore, InjectedRules.BudgetScore, InjectedRules.Grade)),
        new(ScoringMethodId, "V8 pre-2020 得分计算方法 (北京海淀, 济南历城)",
            new LayoutProfile { RateBase = RateBase.Initial, Parts = FundingParts.FiscalAndOther, EvenWeights = true, WanChance = 1, GroupPointsChance = 0.5, FiscalYear = 2018 },
            new ScoringMethodPrinter(), InjectedRules.All),
    ];

    /// <summary>The national layout as the text shapes are measured on it: 万元 as often as 元.</summary>
    public static SyntheticLayout NationalForShapes { get; } =
        new(TemplateCatalog.NationalId, National.Evidence, LayoutProfile.National with { WanChance = 0.5 }, new NationalPrinter(), InjectedRules.All);

    /// <summary>The layout of this id; null for an id the generator does not make.</summary>
    public static SyntheticLayout? Find(string id) => All.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));

    private static string[] Except(params string[] rules) => InjectedRules.All.Except(rules).ToArray();

    private static string[] Only(params string[] rules) => InjectedRules.All.Intersect(rules).ToArray();
}
