namespace FormExtract.Core.Validation;

/// <summary>JSON Pointers into a form as <see cref="Output.DocumentJson"/> writes it, so a finding leads back to its cell.</summary>
public static class FormPaths
{
    public const string Funding = "/funding";
    public const string FundingWeight = "/funding/weight";
    public const string FundingExecutionRate = "/funding/executionRate";
    public const string FundingScore = "/funding/score";
    public const string Indicators = "/indicators";
    public const string TotalWeight = "/totalWeight";
    public const string TotalScore = "/totalScore";
    public const string Grade = "/grade";

    /// <summary><c>/funding/total/executed</c>: a row (total, fiscalAppropriation, carryover, other) and a column.</summary>
    public static string FundingCell(string row, string column) => $"{Funding}/{row}/{column}";

    /// <summary><c>/indicators/3</c>.</summary>
    public static string Indicator(int index) => $"{Indicators}/{index}";

    /// <summary><c>/indicators/3/score</c>.</summary>
    public static string Indicator(int index, string field) => $"{Indicators}/{index}/{field}";
}
