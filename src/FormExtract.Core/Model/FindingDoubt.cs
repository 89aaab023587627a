namespace FormExtract.Core.Model;

/// <summary>
/// Why a finding may be a misreading rather than a fault of the form (v1.3, additive): the figures it rests on
/// that the recogniser read unsurely, the severity the rule gives when they are sure, and the other readings
/// of those cells under which the finding would not hold. A finding with a doubt is never an error.
/// </summary>
public sealed record FindingDoubt
{
    /// <summary>The severity the rule reports when every figure it rests on is sure.</summary>
    public required Severity Severity { get; init; }

    /// <summary>JSON Pointers of the cells the finding rests on that were read with low confidence.</summary>
    public required IReadOnlyList<string> Cells { get; init; }

    /// <summary>Other readings of those cells under which the finding does not hold (empty when none was found).</summary>
    public IReadOnlyList<DoubtReading> Readings { get; init; } = [];
}
