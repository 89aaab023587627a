namespace FormExtract.Cli.Batch;

/// <summary>
/// Progress counted in pages: the total starts as the sum of the guesses and is corrected by each file's real
/// page count as it is read, so the remaining time follows the work left, not the files left. Thread-safe.
/// </summary>
internal sealed class PageProgress
{
    private readonly Lock _lock = new();
    private readonly int[] _estimates;
    private long _total;
    private long _done;

    public PageProgress(IReadOnlyList<int> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        _estimates = [.. estimates];
        _total = _estimates.Sum(e => (long)Math.Max(1, e));
    }

    public long Total
    {
        get
        {
            lock (_lock)
            {
                return _total;
            }
        }
    }

    public long Done
    {
        get
        {
            lock (_lock)
            {
                return _done;
            }
        }
    }

    /// <summary>A file was read: its guess is replaced by its pages (a skipped or failed file counts as guessed).</summary>
    public void Complete(FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var guess = Math.Max(1, _estimates[outcome.Input.Index]);
        var pages = outcome.Status == FileStatus.Written ? Math.Max(1, outcome.Pages) : guess;
        lock (_lock)
        {
            _total += pages - guess;
            _done += pages;
        }
    }
}
