using FormExtract.Synthetic.Layouts;

namespace FormExtract.Synthetic.Generation;

/// <summary>A whole form as the generator fills it in; error injection rewrites drafts, never finished forms.</summary>
internal sealed record FormDraft(
    int Year,
    string ProjectName,
    string Department,
    string ImplementingUnit,
    FundingDraft Funding,
    PrintedText ExpectedGoal,
    PrintedText AchievedGoal,
    IReadOnlyList<IndicatorDraft> Indicators,
    Printed TotalWeight,
    Printed TotalScore)
{
    /// <summary>评价等级 where the form states one.</summary>
    public PrintedText? Grade { get; init; }

    /// <summary>What the form's layout changes in its content.</summary>
    public LayoutProfile Profile { get; init; } = LayoutProfile.National;

    /// <summary>Whether the form prints its groups' points in their labels (产出指标(50分)).</summary>
    public bool PrintsGroupPoints { get; init; }

    /// <summary>The rows that carry points (all but 其中 sub-rows).</summary>
    public IEnumerable<IndicatorDraft> Scored => Indicators.Where(i => !i.IsSubRow);
}
