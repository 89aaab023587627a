using Serilog;

namespace FormExtract.Archive.Storage;

/// <summary>Opens the archive an <see cref="ArchiveTarget"/> names, creating or migrating its schema first.</summary>
public static class Archives
{
    /// <summary>Opens for loading: the schema is created or brought to the newest version.</summary>
    public static async Task<IArchive> OpenAsync(ArchiveTarget target, ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind == ArchiveKind.Sqlite
            ? await SqliteArchive.OpenAsync(target, readOnly: false, log, cancellationToken).ConfigureAwait(false)
            : await PostgresArchive.OpenAsync(target, readOnly: false, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens for queries only: nothing is created, migrated or written.</summary>
    public static async Task<IArchive> OpenReadOnlyAsync(ArchiveTarget target, ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind == ArchiveKind.Sqlite
            ? await SqliteArchive.OpenAsync(target, readOnly: true, log, cancellationToken).ConfigureAwait(false)
            : await PostgresArchive.OpenAsync(target, readOnly: true, log, cancellationToken).ConfigureAwait(false);
    }
}
