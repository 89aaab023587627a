using FormExtract.Core.Confidence;

namespace FormExtract.Ml;

/// <summary>
/// A kind of cell read by OCR that a model file may cap by a ceiling of its own (<see cref="CellCeiling"/>), told by
/// its features: the disputed measures (<see cref="CellFeatures.Disputed"/>) and the contested indicator figures
/// (<see cref="CellFeatures.Contested"/>). No cell is of both kinds: one is a measure, the other a figure.
/// </summary>
public sealed class CappedCells
{
    /// <summary>Whether a cell's features make it one of the kind.</summary>
    public delegate bool Test(ReadOnlySpan<float> features);

    /// <summary>Targets and actuals whose figure the other recogniser read as other digits.</summary>
    public static readonly CappedCells Disputed = new("disputed.json", "disputed measures", CellFeatures.Disputed);

    /// <summary>Indicators' 分值 and 得分 with other readings of another value, in a row with a finding.</summary>
    public static readonly CappedCells Contested = new("contested.json", "contested indicator figures", CellFeatures.Contested);

    private readonly Test _holds;

    private CappedCells(string entry, string name, Test holds)
    {
        Entry = entry;
        Name = name;
        _holds = holds;
    }

    /// <summary>Every kind, in the order a model file's entries and a training's log give them.</summary>
    public static IReadOnlyList<CappedCells> All { get; } = [Disputed, Contested];

    /// <summary>The entry of a two-part model file that holds the kind's ceiling.</summary>
    public string Entry { get; }

    /// <summary>The kind, in words, for logs and errors.</summary>
    public string Name { get; }

    /// <summary>Whether a cell with these features is of the kind.</summary>
    public bool Holds(ReadOnlySpan<float> features) => _holds(features);

    public override string ToString() => Name;
}
