using System.Threading.Channels;
using FormExtract.Archive.Storage;
using Serilog;
using Serilog.Context;

namespace FormExtract.Archive.Loading;

/// <summary>
/// <c>formextract load</c>: reads every input, extracts it and archives it. An input whose bytes are archived
/// already is skipped (unless <see cref="LoadOptions.Reprocess"/> and its document is older); one that cannot
/// be read is archived as failed with its error; each document is one transaction, so a load killed at any
/// moment and run again archives every input exactly once. Extraction runs on <see cref="LoadOptions.Parallelism"/>
/// threads and hands documents to the archive's writers through a short queue, so that no extraction thread
/// waits while a document is written.
/// </summary>
public sealed class ArchiveLoader(IArchive archive, DocumentReading reading, LoadOptions options, ILogger log)
{
    public async Task<(long LoadId, LoadCounts Counts)> RunAsync(IReadOnlyList<LoadInput> inputs, Action<LoadCounts>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var loadId = await archive.StartLoadAsync("load", inputs.Count, options.ReaderVersion, cancellationToken).ConfigureAwait(false);
        var tally = new OutcomeTally(inputs.Count);
        // A few documents wait at most: memory stays flat whatever the number of files.
        var extracted = Channel.CreateBounded<ArchiveEntry>(new BoundedChannelOptions(2 * options.Parallelism) { SingleReader = archive.Writers == 1 });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writers = Enumerable.Range(0, archive.Writers).Select(_ => Task.Run(() => WriteAsync(extracted.Reader, tally, progress, stop), CancellationToken.None)).ToArray();
        Exception? failure = null;
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = stop.Token };
            await Parallel.ForEachAsync(inputs, parallel, async (input, ct) =>
            {
                var (entry, outcome) = await PrepareAsync(loadId, input, ct).ConfigureAwait(false);
                if (entry is not null)
                {
                    await extracted.Writer.WriteAsync(entry, ct).ConfigureAwait(false);
                }
                else
                {
                    var counts = tally.Add(outcome);
                    progress?.Invoke(counts);
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Cancelled, or a writer failed and stopped the extraction: the writers tell which, below.
        }
        catch (Exception e)
        {
            failure = e;
            await stop.CancelAsync().ConfigureAwait(false);
        }
        finally
        {
            extracted.Writer.TryComplete();
        }

        try
        {
            await Task.WhenAll(writers).ConfigureAwait(false);
        }
        catch (Exception) when (failure is not null)
        {
            // The extraction side failed first; its error is the one reported.
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await archive.FinishLoadAsync(loadId, cancellationToken).ConfigureAwait(false);
        return (loadId, tally.Snapshot());
    }

    /// <summary>Reads, checks and extracts one input: the entry to store, or no entry and what was recorded instead.</summary>
    private async Task<(ArchiveEntry? Entry, InputOutcome Outcome)> PrepareAsync(long loadId, LoadInput input, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("File", input.DisplayPath);
        var read = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (read.File is not { } file)
        {
            var problem = $"{input.DisplayPath}: {read.Problem}";
            log.Error("{Problem}", problem);
            await archive.RecordInputAsync(loadId, new InputRecord(input.DisplayPath, read.UnreadSha256, InputOutcome.Unreadable, problem), cancellationToken).ConfigureAwait(false);
            return (null, InputOutcome.Unreadable);
        }

        var entry = await ArchiveFile.PrepareAsync(archive, reading, file, loadId, options.Reprocess, options.ReaderVersion, log, cancellationToken).ConfigureAwait(false);
        return (entry, InputOutcome.Skipped);
    }

    private async Task WriteAsync(ChannelReader<ArchiveEntry> entries, OutcomeTally tally, Action<LoadCounts>? progress, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var entry in entries.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                using var _ = LogContext.PushProperty("File", entry.InputPath);
                var outcome = await ArchiveFile.StoreAsync(archive, reading, entry, log, stop.Token).ConfigureAwait(false);
                var counts = tally.Add(outcome);
                progress?.Invoke(counts);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The archive failed (gone, full): stop extracting, and let this error end the load.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }
}
