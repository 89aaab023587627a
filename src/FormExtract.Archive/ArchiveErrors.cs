namespace FormExtract.Archive;

/// <summary>The codes of <see cref="ArchiveException"/>.</summary>
public static class ArchiveErrors
{
    public const string Unusable = "archive-unusable";
    public const string NotSqlite = "archive-not-sqlite";
    public const string ReadOnly = "archive-read-only";
    public const string ConnectionString = "archive-connection-string";
    public const string Unreachable = "archive-unreachable";
    public const string Lost = "archive-lost";
    public const string NewerSchema = "archive-newer-schema";
    public const string NotAnArchive = "archive-not-an-archive";
    public const string Query = "archive-query";
    public const string NeedsPostgres = "archive-needs-postgres";

    /// <summary>The archive refused one document's rows (a value it cannot hold): that file is archived as failed, and the load goes on.</summary>
    public const string Refused = "archive-refused";
}
