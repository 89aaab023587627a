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
}
