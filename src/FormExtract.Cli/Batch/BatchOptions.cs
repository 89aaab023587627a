namespace FormExtract.Cli.Batch;

/// <summary>How a batch runs: how many files at once, what to skip when resuming, and the bounds of one file.</summary>
internal sealed record BatchOptions
{
    /// <summary>The largest <see cref="MaxFileBytes"/>: one array holds a file.</summary>
    public const long MaxFileBytesCeiling = int.MaxValue - 64;

    public BatchOptions(int parallelism, bool resume, bool retryFailed = true, long maxFileBytes = 256L * 1024 * 1024, TimeSpan? fileTimeLimit = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFileBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxFileBytes, MaxFileBytesCeiling);
        var limit = fileTimeLimit ?? TimeSpan.FromMinutes(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(fileTimeLimit));
        Parallelism = parallelism;
        Resume = resume;
        RetryFailed = retryFailed;
        MaxFileBytes = maxFileBytes;
        FileTimeLimit = limit;
    }

    /// <summary>Files read at once; defaults to the processor count.</summary>
    public int Parallelism { get; }

    /// <summary>Skip an input whose document was already written from the same bytes (same SHA-256).</summary>
    public bool Resume { get; }

    /// <summary>When resuming, read again an input whose document records a failure (default); false skips it too.</summary>
    public bool RetryFailed { get; }

    /// <summary>Bytes read from one file at most; a larger file fails unread. Default 256 MiB.</summary>
    public long MaxFileBytes { get; }

    /// <summary>Time one file may take; then it fails and the batch goes on. Default 30 minutes.</summary>
    public TimeSpan FileTimeLimit { get; }
}
