using FormExtract.Archive.Storage;
using FormExtract.Core.Ingestion;
using Serilog;

namespace FormExtract.Archive.Loading;

/// <summary>
/// The one way a file's bytes reach the archive, shared by <c>load</c> and the workers: skip bytes archived
/// already (by SHA-256), else extract, then store the document in one transaction.
/// </summary>
internal static class ArchiveFile
{
    /// <summary>Checks and extracts: the entry to store, or null when the file was recorded as skipped.</summary>
    public static async Task<ArchiveEntry?> PrepareAsync(IArchive archive, DocumentReading reading, InputFile file, long loadId, bool reprocess, int readerVersion, ILogger log, CancellationToken cancellationToken)
    {
        var sha256 = file.Sha256;
        var existing = await archive.FindAsync(sha256, cancellationToken).ConfigureAwait(false);
        if (existing is not null && !(reprocess && existing.ReaderVersion < readerVersion))
        {
            log.Debug("{File}: its bytes are archived already, skipped", file.Path);
            await archive.RecordInputAsync(loadId, new InputRecord(file.Path, sha256, InputOutcome.Skipped, null), cancellationToken).ConfigureAwait(false);
            return null;
        }

        var extracted = await reading.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        return new ArchiveEntry(loadId, file.Path, extracted.Document, extracted.Json, file.Bytes.Length, readerVersion, extracted.Failure, replace: existing is not null);
    }

    /// <summary>
    /// Stores one entry. A document whose rows the archive refuses (a value it cannot hold) costs that file
    /// alone: it is archived as failed, with the archive's reason, as <c>extract</c> fails one file.
    /// </summary>
    public static async Task<InputOutcome> StoreAsync(IArchive archive, DocumentReading reading, ArchiveEntry entry, ILogger log, CancellationToken cancellationToken)
    {
        InputOutcome outcome;
        try
        {
            outcome = await archive.StoreAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (ArchiveException e) when (e.Code == ArchiveErrors.Refused)
        {
            var refused = reading.Refused(entry.Document.Source, $"{entry.InputPath}: {e.Message}");
            entry = new ArchiveEntry(entry.LoadId, entry.InputPath, refused.Document, refused.Json, entry.SizeBytes, entry.ReaderVersion, refused.Failure, entry.Replace);
            outcome = await archive.StoreAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        var document = entry.Document;
        if (outcome == InputOutcome.Failed)
        {
            log.Warning("{File}: archived as failed: {Problem}", entry.InputPath, entry.Failure!.Message);
        }
        else
        {
            log.Debug("{File}: {Outcome}, {FormCount} forms, {FindingCount} findings, {WarningCount} warnings",
                entry.InputPath, outcome, document.Forms.Count, document.Forms.Sum(f => f.Findings.Count), document.Warnings.Count);
        }

        return outcome;
    }

    public static async Task<InputOutcome> ArchiveAsync(IArchive archive, DocumentReading reading, InputFile file, long loadId, bool reprocess, int readerVersion, ILogger log, CancellationToken cancellationToken) =>
        await PrepareAsync(archive, reading, file, loadId, reprocess, readerVersion, log, cancellationToken).ConfigureAwait(false) is { } entry
            ? await StoreAsync(archive, reading, entry, log, cancellationToken).ConfigureAwait(false)
            : InputOutcome.Skipped;
}
