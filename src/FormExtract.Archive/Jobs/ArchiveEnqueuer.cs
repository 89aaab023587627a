using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Serilog;
using Serilog.Context;

namespace FormExtract.Archive.Jobs;

/// <summary>
/// <c>formextract queue</c>: keeps each input's bytes in the archive (keyed by SHA-256, so workers need no
/// shared file system) and enqueues one job per file. Inputs whose bytes are archived already are recorded as
/// skipped and not queued (unless reprocessing finds their document older).
/// </summary>
public sealed class ArchiveEnqueuer(IArchive archive, IBackgroundJobClient jobs, LoadOptions options, ILogger log)
{
    public async Task<(long LoadId, int Queued, LoadCounts Counts)> RunAsync(IReadOnlyList<LoadInput> inputs, Action<LoadCounts>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var loadId = await archive.StartLoadAsync("queue", inputs.Count, options.ReaderVersion, cancellationToken).ConfigureAwait(false);
        var tally = new OutcomeTally(inputs.Count);
        var queued = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(inputs, parallel, async (input, ct) =>
        {
            var outcome = await QueueOneAsync(loadId, input, ct).ConfigureAwait(false);
            if (outcome is null)
            {
                Interlocked.Increment(ref queued);
            }
            else
            {
                var counts = tally.Add(outcome.Value);
                progress?.Invoke(counts);
            }
        }).ConfigureAwait(false);
        await archive.FinishLoadAsync(loadId, cancellationToken).ConfigureAwait(false);
        return (loadId, queued, tally.Snapshot());
    }

    /// <summary>Null when the file was queued; else what became of it here.</summary>
    private async Task<InputOutcome?> QueueOneAsync(long loadId, LoadInput input, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("File", input.DisplayPath);
        var read = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (read.File is not { } file)
        {
            var problem = $"{input.DisplayPath}: {read.Problem}";
            log.Error("{Problem}", problem);
            await archive.RecordInputAsync(loadId, new InputRecord(input.DisplayPath, read.UnreadSha256, InputOutcome.Unreadable, problem), cancellationToken).ConfigureAwait(false);
            return InputOutcome.Unreadable;
        }

        var sha256 = file.Sha256;
        var existing = await archive.FindAsync(sha256, cancellationToken).ConfigureAwait(false);
        if (existing is not null && !(options.Reprocess && existing.ReaderVersion < options.ReaderVersion))
        {
            await archive.RecordInputAsync(loadId, new InputRecord(input.DisplayPath, sha256, InputOutcome.Skipped, null), cancellationToken).ConfigureAwait(false);
            return InputOutcome.Skipped;
        }

        // The bytes first: a job never points at bytes that are not there.
        await archive.StoreFileAsync(sha256, file.Bytes, input.DisplayPath, cancellationToken).ConfigureAwait(false);
        var job = Job.FromExpression<ArchiveJob>(j => j.ArchiveAsync(sha256, input.DisplayPath, loadId, options.Reprocess, CancellationToken.None));
        var id = jobs.Create(job, new EnqueuedState(JobQueueOptions.QueueName));
        log.Debug("{File}: queued as job {JobId}", input.DisplayPath, id);
        return null;
    }
}
