using FormExtract.Archive.Query;

namespace FormExtract.Archive.Storage;

/// <summary>
/// An open archive, SQLite or PostgreSQL, with the same schema and the same behaviour. Safe to call from many
/// threads. Each <see cref="StoreAsync"/> is one transaction: a document is archived whole or not at all.
/// </summary>
public interface IArchive : IAsyncDisposable
{
    ArchiveTarget Target { get; }

    /// <summary>How many documents a load stores at once: one for SQLite (one writer), several for a server.</summary>
    int Writers { get; }

    /// <summary>Starts a load (a <c>load</c> or <c>queue</c> run) and returns its id.</summary>
    Task<long> StartLoadAsync(string command, int inputs, int readerVersion, CancellationToken cancellationToken);

    Task FinishLoadAsync(long loadId, CancellationToken cancellationToken);

    /// <summary>The archived document with these bytes, if any.</summary>
    Task<ArchivedDocument?> FindAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Archives one document with all its rows and its load's record of the input, in one transaction. When
    /// <see cref="ArchiveEntry.Replace"/> is set, a document with the same bytes read by an older reader
    /// version is replaced; otherwise, or when another process archived the same bytes first, nothing is
    /// written but the input's record and the outcome is <see cref="InputOutcome.Skipped"/>.
    /// </summary>
    Task<InputOutcome> StoreAsync(ArchiveEntry entry, CancellationToken cancellationToken);

    /// <summary>Records what became of an input that is not stored (skipped, unreadable).</summary>
    Task RecordInputAsync(long loadId, InputRecord input, CancellationToken cancellationToken);

    /// <summary>Runs a read-only query (a view, or a SELECT of the user's).</summary>
    Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken);

    /// <summary>Keeps a file's bytes for workers on other machines; a file already kept is left as it is.</summary>
    Task StoreFileAsync(string sha256, ReadOnlyMemory<byte> bytes, string path, CancellationToken cancellationToken);

    /// <summary>The kept bytes of a file, or null.</summary>
    Task<byte[]?> ReadFileAsync(string sha256, CancellationToken cancellationToken);
}
