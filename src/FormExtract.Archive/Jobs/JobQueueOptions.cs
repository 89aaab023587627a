namespace FormExtract.Archive.Jobs;

/// <summary>How the job queue (Hangfire on PostgreSQL) behaves, for the queue, the workers and the dashboard alike.</summary>
public sealed record JobQueueOptions
{
    /// <summary>The Hangfire queue that archive jobs go to.</summary>
    public const string QueueName = "archive";

    public JobQueueOptions(TimeSpan jobTimeout, TimeSpan pollInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobTimeout, TimeSpan.FromSeconds(5));
        ArgumentOutOfRangeException.ThrowIfLessThan(pollInterval, TimeSpan.FromMilliseconds(100));
        JobTimeout = jobTimeout;
        PollInterval = pollInterval;
    }

    /// <summary>
    /// How long a job may go without a heartbeat from its worker before another worker takes it. A live worker
    /// keeps extending it (however long a scan takes), so it only bounds how late a dead worker's job is retried.
    /// </summary>
    public TimeSpan JobTimeout { get; }

    /// <summary>How often idle workers look for new jobs.</summary>
    public TimeSpan PollInterval { get; }

    /// <summary>Five minutes before a dead worker's job is retried; new jobs seen within a second.</summary>
    public static JobQueueOptions Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1));
}
