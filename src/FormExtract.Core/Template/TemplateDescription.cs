namespace FormExtract.Core.Template;

/// <summary>
/// One layout as its JSON description states it (Template/Layouts/*.json). A description may extend another
/// and then states only what differs: word lists under the same key are added to the parent's (its own words
/// first), every other member replaces the parent's. <see cref="TemplateCatalog"/> resolves the chain into a
/// <see cref="FormTemplate"/>.
/// </summary>
public sealed record TemplateDescription
{
    public required string Id { get; init; }

    public string? Extends { get; init; }

    /// <summary>A description that only serves as a parent: never recognised as a form's layout.</summary>
    public bool Abstract { get; init; }

    public string? Name { get; init; }

    public string? FormType { get; init; }

    /// <summary><c>full</c> (every field mapped, every rule that applies checked) or <c>partial</c>.</summary>
    public string? Support { get; init; }

    /// <summary>Words a title line of this layout contains.</summary>
    public IReadOnlyList<string>? Titles { get; init; }

    /// <summary>Title words that make a form a department's (部门整体) where the layout serves projects and departments alike.</summary>
    public IReadOnlyList<string>? DepartmentTitles { get; init; }

    /// <summary>Header words characteristic of this layout, which tell it from the others.</summary>
    public IReadOnlyList<string>? Signature { get; init; }

    public Dictionary<string, List<string>>? Header { get; init; }

    public Dictionary<string, List<string>>? Blocks { get; init; }

    public FundingDescription? Funding { get; init; }

    public Dictionary<string, List<string>>? Goals { get; init; }

    public IndicatorsDescription? Indicators { get; init; }

    public TotalDescription? Total { get; init; }

    public IReadOnlyList<GradeDescription>? Grades { get; init; }

    public IReadOnlyList<string>? CauseMarkers { get; init; }

    public IReadOnlyList<string>? NoValueMarks { get; init; }

    public IReadOnlyList<string>? UnitLabels { get; init; }

    public IReadOnlyList<string>? MeasureUnits { get; init; }

    /// <summary>For a partly supported layout: what the contract has no place for, said in a warning.</summary>
    public string? Unsupported { get; init; }
}

public sealed record FundingDescription
{
    public Dictionary<string, List<string>>? Columns { get; init; }

    /// <summary>
    /// Figures of the total printed as "label | value" pairs rather than in columns (计划安排资金 | 700 | 实际支出 | 680),
    /// by the column each stands for.
    /// </summary>
    public Dictionary<string, List<string>>? Fields { get; init; }

    /// <summary>The columns after the row label when the form prints no header row.</summary>
    public IReadOnlyList<string>? Order { get; init; }

    public Dictionary<string, List<string>>? Rows { get; init; }

    /// <summary>The budget block's weight where the form prints none.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Whether the rows the four slots do not hold are parts of the total too (总额 = 财政资金 + 财政专户管理资金 + 单位资金 + 其他资金).</summary>
    public bool? ExtraRowsAddUp { get; init; }

    /// <summary>The column the execution rate divides by: <c>adjustedBudget</c> (B/A with A = 全年预算数) or <c>initialBudget</c>.</summary>
    public string? RateBase { get; init; }
}

public sealed record IndicatorsDescription
{
    public Dictionary<string, List<string>>? Columns { get; init; }

    public IReadOnlyList<string>? Order { get; init; }

    public IReadOnlyList<GroupDescription>? Groups { get; init; }

    /// <summary>Whether the 产出/效益/满意度 weights must follow the groups' usual split.</summary>
    public bool? WeightSplit { get; init; }

    /// <summary>Name prefixes of sub-rows that detail a row above and carry no score of their own (其中…).</summary>
    public IReadOnlyList<string>? SubRowPrefixes { get; init; }
}

public sealed record GroupDescription
{
    public required IReadOnlyList<string> Spellings { get; init; }

    public decimal? Weight { get; init; }

    public IReadOnlyList<SubCategoryDescription> SubCategories { get; init; } = [];
}

public sealed record SubCategoryDescription
{
    public required IReadOnlyList<string> Spellings { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];
}

public sealed record TotalDescription
{
    public decimal? Weight { get; init; }
}

public sealed record GradeDescription
{
    public required string Grade { get; init; }

    /// <summary>The lowest total that earns the grade; none for the last band.</summary>
    public decimal? AtLeast { get; init; }
}
