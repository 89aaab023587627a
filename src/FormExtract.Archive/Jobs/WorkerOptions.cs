namespace FormExtract.Archive.Jobs;

/// <summary>How a worker runs.</summary>
public sealed record WorkerOptions
{
    public WorkerOptions(int parallelism, bool drain, int readerVersion = Archive.ReaderVersion.Current)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(readerVersion, 1);
        Parallelism = parallelism;
        Drain = drain;
        ReaderVersion = readerVersion;
    }

    /// <summary>Jobs run at once (default: one per core).</summary>
    public int Parallelism { get; }

    /// <summary>Stop once no job is queued, running or waiting for a retry, instead of waiting for more.</summary>
    public bool Drain { get; }

    public int ReaderVersion { get; }
}
