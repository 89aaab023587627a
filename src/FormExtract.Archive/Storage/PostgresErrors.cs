using System.Net.Sockets;
using Npgsql;

namespace FormExtract.Archive.Storage;

/// <summary>PostgreSQL's failures as archive faults that say which server and what to check.</summary>
internal static class PostgresErrors
{
    /// <summary>A failure while connecting: the server is not there, refuses us, or has no such database.</summary>
    public static ArchiveException Connecting(ArchiveTarget target, Exception e) => e switch
    {
        PostgresException { SqlState: "3D000" } p => new ArchiveException(ArchiveErrors.Unreachable,
            $"{target}: {p.MessageText}; create it first (createdb) or name another Database in the connection string.", e),
        PostgresException { SqlState: "28P01" or "28000" } p => new ArchiveException(ArchiveErrors.Unreachable,
            $"{target}: the server refused the login: {p.MessageText}.", e),
        PostgresException p => new ArchiveException(ArchiveErrors.Unreachable, $"{target}: {p.MessageText} ({p.SqlState}).", e),
        NpgsqlException or SocketException or TimeoutException => new ArchiveException(ArchiveErrors.Unreachable,
            $"{target}: cannot connect to PostgreSQL: {Innermost(e)}. Is the server running, and are Host and Port right?", e),
        _ => new ArchiveException(ArchiveErrors.Unreachable, $"{target}: {e.Message}", e),
    };

    /// <summary>A failure after the archive was open: most often the server went away mid-run.</summary>
    public static ArchiveException During(ArchiveTarget target, Exception e) => e switch
    {
        PostgresException { SqlState: "25006" } p => new ArchiveException(ArchiveErrors.Query, $"{target}: queries are read-only: {p.MessageText}.", e),
        PostgresException { SqlState: var state } p when state.StartsWith("42", StringComparison.Ordinal) =>
            new ArchiveException(ArchiveErrors.Query, $"{target}: the query failed: {p.MessageText}.", e),
        PostgresException { SqlState: var state } p when state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal) =>
            new ArchiveException(ArchiveErrors.Lost, $"{target}: the server stopped mid-run ({p.MessageText}); what was committed stays archived: run the same command again to finish.", e),
        // A value the server cannot hold (a NUL in text, a number out of range) or a row it refuses: one document's fault.
        PostgresException { SqlState: var state } p when state.StartsWith("22", StringComparison.Ordinal) || state.StartsWith("23", StringComparison.Ordinal) || state == "54000" =>
            new ArchiveException(ArchiveErrors.Refused, $"{target}: the archive refused the document's rows: {p.MessageText} ({p.SqlState}).", e),
        PostgresException p => new ArchiveException(ArchiveErrors.Unusable, $"{target}: {p.MessageText} ({p.SqlState}).", e),
        _ => new ArchiveException(ArchiveErrors.Lost,
            $"{target}: lost the connection to PostgreSQL ({Innermost(e)}); what was committed stays archived: run the same command again to finish.", e),
    };

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e.Message.TrimEnd('.');
    }
}
