using System.Diagnostics;
using FormExtract.Archive.Storage;

namespace FormExtract.Archive.Loading;

/// <summary>Counts outcomes as parallel workers report them.</summary>
internal sealed class OutcomeTally(int total)
{
    private readonly int[] _counts = new int[Enum.GetValues<InputOutcome>().Length];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public LoadCounts Add(InputOutcome outcome)
    {
        Interlocked.Increment(ref _counts[(int)outcome]);
        return Snapshot();
    }

    public LoadCounts Snapshot() => new(
        total,
        Volatile.Read(ref _counts[(int)InputOutcome.Archived]),
        Volatile.Read(ref _counts[(int)InputOutcome.Reprocessed]),
        Volatile.Read(ref _counts[(int)InputOutcome.Skipped]),
        Volatile.Read(ref _counts[(int)InputOutcome.Failed]),
        Volatile.Read(ref _counts[(int)InputOutcome.Unreadable]),
        _clock.Elapsed);
}
