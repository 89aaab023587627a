namespace FormExtract.Cli.Batch;

/// <summary>How a batch runs: how many files at once, and whether to skip files already done.</summary>
internal sealed record BatchOptions
{
    public BatchOptions(int parallelism, bool resume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        Parallelism = parallelism;
        Resume = resume;
    }

    /// <summary>Files read at once; defaults to the processor count.</summary>
    public int Parallelism { get; }

    /// <summary>Skip an input whose document already exists for the same bytes (same SHA-256).</summary>
    public bool Resume { get; }
}
