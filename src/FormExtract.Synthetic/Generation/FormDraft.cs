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
    Printed TotalScore);
