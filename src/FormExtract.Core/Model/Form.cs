using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>One self-evaluation form as read, in whichever layout it was printed, with the validator's findings.</summary>
public sealed record Form
{
    public required int FormIndex { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FormLocation? Location { get; init; }

    public required string Template { get; init; }

    /// <summary>Project or department form, as the template says (v1.1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FormType? FormType { get; init; }

    public string? Title { get; init; }

    /// <summary>True when the input ends, or the next form starts, before this form's total row (v1.1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Truncated { get; init; }

    public int? FiscalYear { get; init; }

    public TextCell? ProjectName { get; init; }

    public TextCell? Department { get; init; }

    public TextCell? ImplementingUnit { get; init; }

    public Funding Funding { get; init; } = Funding.Empty;

    public Goals Goals { get; init; } = Goals.Empty;

    /// <summary>Points printed in the first-level labels (产出指标(50分) gives 产出指标: 50), in the form's order (v1.1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, decimal>? GroupWeights { get; init; }

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public NumberCell? TotalWeight { get; init; }

    public NumberCell? TotalScore { get; init; }

    /// <summary>评价等级 / 自评等级 where the form states one (v1.1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextCell? Grade { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The form's recognised cells against the review threshold (v1.4); absent where none was recognised.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReviewSummary? Review { get; init; }
}
