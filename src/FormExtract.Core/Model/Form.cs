using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>One 财政项目支出绩效自评表 as read, with the validator's findings.</summary>
public sealed record Form
{
    public required int FormIndex { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FormLocation? Location { get; init; }

    public required string Template { get; init; }

    public string? Title { get; init; }

    public int? FiscalYear { get; init; }

    public TextCell? ProjectName { get; init; }

    public TextCell? Department { get; init; }

    public TextCell? ImplementingUnit { get; init; }

    public Funding Funding { get; init; } = Funding.Empty;

    public Goals Goals { get; init; } = Goals.Empty;

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public NumberCell? TotalWeight { get; init; }

    public NumberCell? TotalScore { get; init; }

    /// <summary>评价等级 where the form states one (an addition to the v1 contract).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextCell? Grade { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
