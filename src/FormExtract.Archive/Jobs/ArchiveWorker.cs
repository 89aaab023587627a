using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using Hangfire;
using Serilog;

namespace FormExtract.Archive.Jobs;

/// <summary>
/// <c>formextract worker</c>: a Hangfire server that runs archive jobs until stopped (or, with
/// <see cref="WorkerOptions.Drain"/>, until the queue is empty). Any number run on any machines against the
/// same PostgreSQL archive; a worker that dies mid-job stops its heartbeat, and after the queue's job timeout
/// another worker takes the job again.
/// </summary>
public sealed class ArchiveWorker(IArchive archive, DocumentReading reading, JobStorage storage, WorkerOptions options, ILogger log)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var job = new ArchiveJob(archive, reading, options.ReaderVersion, log);
        var serverOptions = new BackgroundJobServerOptions
        {
            ServerName = $"formextract-worker-{Environment.MachineName}-{Environment.ProcessId}",
            WorkerCount = options.Parallelism,
            Queues = [JobQueueOptions.QueueName],
            Activator = new ArchiveJobActivator(job),
            SchedulePollingInterval = TimeSpan.FromSeconds(5),
            ShutdownTimeout = TimeSpan.FromSeconds(30),
        };
        log.Information("Worker {Server} on {Archive}: {Parallelism} jobs at once", serverOptions.ServerName, archive.Target.Display, options.Parallelism);
        using (var server = new BackgroundJobServer(serverOptions, storage))
        {
            try
            {
                if (options.Drain)
                {
                    await WaitUntilDrainedAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                log.Information("Worker stopping: running jobs finish or are handed back to the queue");
            }

            server.SendStop();
        }

        log.Information("Worker stopped");
    }

    /// <summary>Drained: nothing queued, running or scheduled for a retry, seen twice in a row.</summary>
    private async Task WaitUntilDrainedAsync(CancellationToken cancellationToken)
    {
        var monitoring = storage.GetMonitoringApi();
        var idle = 0;
        while (idle < 2)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            var left = monitoring.EnqueuedCount(JobQueueOptions.QueueName) + monitoring.FetchedCount(JobQueueOptions.QueueName)
                + monitoring.ProcessingCount() + monitoring.ScheduledCount();
            idle = left == 0 ? idle + 1 : 0;
        }

        log.Information("The queue is empty");
    }
}
