using FormExtract.Archive.Storage;
using FormExtract.Core.Ingestion;
using Serilog;
using Serilog.Context;

namespace FormExtract.Archive.Loading;

/// <summary>
/// <c>formextract load</c>: reads every input, extracts it and archives it, several files at once. An input
/// whose bytes are archived already is skipped (unless <see cref="LoadOptions.Reprocess"/> and its document is
/// older); one that cannot be read is archived as failed with its error; each document is one transaction, so
/// a load killed at any moment and run again archives every input exactly once.
/// </summary>
public sealed class ArchiveLoader(IArchive archive, DocumentReading reading, LoadOptions options, ILogger log)
{
    public async Task<(long LoadId, LoadCounts Counts)> RunAsync(IReadOnlyList<LoadInput> inputs, Action<LoadCounts>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var loadId = await archive.StartLoadAsync("load", inputs.Count, options.ReaderVersion, cancellationToken).ConfigureAwait(false);
        var tally = new OutcomeTally(inputs.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(inputs, parallel, async (input, ct) =>
        {
            var outcome = await LoadOneAsync(loadId, input, ct).ConfigureAwait(false);
            var counts = tally.Add(outcome);
            progress?.Invoke(counts);
        }).ConfigureAwait(false);
        await archive.FinishLoadAsync(loadId, cancellationToken).ConfigureAwait(false);
        return (loadId, tally.Snapshot());
    }

    private async Task<InputOutcome> LoadOneAsync(long loadId, LoadInput input, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("File", input.DisplayPath);
        InputFile file;
        try
        {
            file = await InputFile.LoadAsync(input.FullPath, input.DisplayPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = $"{input.DisplayPath}: cannot be opened: {e.Message}";
            log.Error("{Problem}", problem);
            await archive.RecordInputAsync(loadId, new InputRecord(input.DisplayPath, null, InputOutcome.Unreadable, problem), cancellationToken).ConfigureAwait(false);
            return InputOutcome.Unreadable;
        }

        return await ArchiveFile.StoreAsync(archive, reading, file, loadId, options.Reprocess, options.ReaderVersion, log, cancellationToken).ConfigureAwait(false);
    }
}
