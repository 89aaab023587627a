using FormExtract.Archive.Storage;

namespace FormExtract.Archive.Loading;

/// <summary>How far a load is: its inputs by outcome, and how long it has run.</summary>
public sealed record LoadCounts(int Total, int Archived, int Reprocessed, int Skipped, int Failed, int Unreadable, TimeSpan Elapsed)
{
    public int Done => Archived + Reprocessed + Skipped + Failed + Unreadable;

    /// <summary>Inputs handled per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public int Count(InputOutcome outcome) => outcome switch
    {
        InputOutcome.Archived => Archived,
        InputOutcome.Reprocessed => Reprocessed,
        InputOutcome.Skipped => Skipped,
        InputOutcome.Failed => Failed,
        InputOutcome.Unreadable => Unreadable,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
