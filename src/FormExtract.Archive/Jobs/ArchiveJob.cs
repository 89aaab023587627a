using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using FormExtract.Core.Ingestion;
using Hangfire;
using Serilog;
using Serilog.Context;

namespace FormExtract.Archive.Jobs;

/// <summary>
/// One file's job, run by a worker on any machine: the file's bytes come from the archive (stored there by
/// <c>formextract queue</c>, keyed by SHA-256), so a file changed or gone on disk since it was queued is read
/// as it was queued. The document is archived in one transaction; a job run again (its worker died before it
/// finished) finds the document archived and records a skip, so each file is archived exactly once.
/// </summary>
public sealed class ArchiveJob(IArchive archive, DocumentReading reading, int readerVersion, ILogger log)
{
    /// <summary>The archive's failures (the server gone mid-job) throw, and Hangfire retries the job later.</summary>
    [JobDisplayName("Archive {1}")]
    [Queue(JobQueueOptions.QueueName)]
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600])]
    public async Task ArchiveAsync(string sha256, string path, long loadId, bool reprocess, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("File", path);
        var bytes = await archive.ReadFileAsync(sha256, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            var problem = $"{path}: its bytes (sha256 {sha256}) are not in the archive; queue the file again.";
            log.Error("{Problem}", problem);
            await archive.RecordInputAsync(loadId, new InputRecord(path, sha256, InputOutcome.Unreadable, problem), cancellationToken).ConfigureAwait(false);
            return;
        }

        var file = new InputFile(path, bytes);
        if (file.Sha256 != sha256)
        {
            throw new InvalidOperationException($"{path}: the archive's bytes for sha256 {sha256} hash to {file.Sha256}.");
        }

        await ArchiveFile.ArchiveAsync(archive, reading, file, loadId, reprocess, readerVersion, log, cancellationToken).ConfigureAwait(false);
    }
}
