using Microsoft.Data.Sqlite;

namespace FormExtract.Archive.Storage;

/// <summary>SQLite's error codes as archive faults whose messages say what is wrong with which file.</summary>
internal static class SqliteErrors
{
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int TooBig = 18;
    private const int Constraint = 19;
    private const int Mismatch = 20;
    private const int NotADatabase = 26;

    public static ArchiveException Map(ArchiveTarget target, SqliteException e) => e.SqliteErrorCode switch
    {
        NotADatabase or Corrupt => new ArchiveException(ArchiveErrors.NotSqlite,
            $"{target}: not a SQLite archive ({e.Message.TrimEnd('.')}); give a new file name or an archive made by formextract.", e),
        ReadOnly => new ArchiveException(ArchiveErrors.ReadOnly,
            $"{target}: the archive cannot be written: the file or its folder is read-only ({e.Message.TrimEnd('.')}).", e),
        CantOpen => new ArchiveException(ArchiveErrors.ReadOnly,
            $"{target}: the archive cannot be opened for writing: its folder is missing or read-only ({e.Message.TrimEnd('.')}).", e),
        TooBig or Constraint or Mismatch => new ArchiveException(ArchiveErrors.Refused, $"{target}: the archive refused the document's rows: {e.Message}", e),
        IoError or Full => new ArchiveException(ArchiveErrors.Unusable, $"{target}: the archive cannot be written: {e.Message}", e),
        _ => new ArchiveException(ArchiveErrors.Unusable, $"{target}: {e.Message}", e),
    };
}
