namespace FormExtract.Cli.Batch;

/// <summary>How a batch runs: how many files at once, what to skip when resuming, and the bounds of one file.</summary>
internal sealed record BatchOptions
{
    /// <param name="parallelism">Files read at once.</param>
    /// <param name="resume">Skip inputs already done.</param>
    /// <param name="retryFailed">When resuming, read again the inputs that failed.</param>
    /// <param name="maxFileBytes">Bytes read from one file at most; null: <see cref="ExtractionLimits.FileBytes"/>'s default.</param>
    /// <param name="fileTimeLimit">Time one file may take; null: <see cref="ExtractionLimits.FileTime"/>'s default.</param>
    public BatchOptions(int parallelism, bool resume, bool retryFailed = true, long? maxFileBytes = null, TimeSpan? fileTimeLimit = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var bytes = maxFileBytes ?? ExtractionLimits.Default.FileBytes;
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1, nameof(maxFileBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, ExtractionLimits.MaxFileBytesCeiling, nameof(maxFileBytes));
        var limit = fileTimeLimit ?? ExtractionLimits.Default.FileTime!.Value;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(fileTimeLimit));
        Parallelism = parallelism;
        Resume = resume;
        RetryFailed = retryFailed;
        MaxFileBytes = bytes;
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
