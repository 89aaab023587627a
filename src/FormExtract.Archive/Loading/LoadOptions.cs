namespace FormExtract.Archive.Loading;

/// <summary>How a load runs.</summary>
public sealed record LoadOptions
{
    public LoadOptions(int parallelism, bool reprocess, int readerVersion = Archive.ReaderVersion.Current)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(readerVersion, 1);
        Parallelism = parallelism;
        Reprocess = reprocess;
        ReaderVersion = readerVersion;
    }

    /// <summary>Files extracted at once (default: one per core); the archive is written one document at a time.</summary>
    public int Parallelism { get; }

    /// <summary>Re-extract inputs whose archived document was read by an older reader version.</summary>
    public bool Reprocess { get; }

    /// <summary>The reader version recorded with each document (<see cref="Archive.ReaderVersion.Current"/>).</summary>
    public int ReaderVersion { get; }
}
