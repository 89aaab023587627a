namespace FormExtract.Archive;

public enum ArchiveKind
{
    /// <summary>An embedded SQLite file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, for large archives and for workers on many machines.</summary>
    Postgres,
}
