using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Forms;

/// <summary>
/// An indicator row as parsed from the layout, before its categories are resolved and split fragments
/// joined back. Built and completed within one assembly; never leaves it.
/// </summary>
internal sealed class IndicatorDraft
{
    public IndicatorDraft(LayoutCell? name)
    {
        if (name is { IsEmpty: false })
        {
            NameParts.Add((name.Text.Trim(), name.Origin));
        }
    }

    public string? Level1Label { get; set; }

    public string? Level2Label { get; set; }

    /// <summary>The category was chosen by the row's words or the groups' weights, not carried down from the label above.</summary>
    public bool CategoryChosen { get; set; }

    /// <summary>Pieces of the 三级指标 cell: the row's own and any fragment split off it.</summary>
    public List<(string Text, CellOrigin Origin)> NameParts { get; } = [];

    public string NameText => FragmentJoiner.Join(NameParts.Select(p => p.Text));

    public TargetParts Target { get; init; } = new(null, null, null, null);

    public LayoutCell? Actual { get; init; }

    public LayoutCell? Weight
    {
        get;
        init
        {
            field = value;
            WeightValue = value is null ? null : NumberParser.Parse(value.Text)?.Value;
        }
    }

    public LayoutCell? Score
    {
        get;
        init
        {
            field = value;
            ScoreValue = value is null ? null : NumberParser.Parse(value.Text)?.Value;
        }
    }

    /// <summary>Pieces of the 偏差原因 cell in reading order: the row's own and fragments from lines around it.</summary>
    public List<(string Text, CellOrigin Origin)> ReasonParts { get; } = [];

    public bool FollowsBreak { get; init; }

    public decimal? WeightValue { get; private init; }

    public decimal? ScoreValue { get; private init; }

    public bool NeedsReason => ScoreValue < WeightValue;

    public bool HasReason => ReasonParts.Count > 0;
}
