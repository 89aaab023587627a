using System.CommandLine;

namespace FormExtract.Cli.Archive;

/// <summary>The <c>--archive</c> option of the archive commands.</summary>
internal static class ArchiveOption
{
    public static Option<string> Create(bool postgresOnly) => new("--archive", "-a")
    {
        Description = postgresOnly
            ? "The PostgreSQL archive: a connection string, \"Host=…;Database=…\"."
            : "The archive: a SQLite file (created if missing), or a PostgreSQL connection string \"Host=…;Database=…\".",
        Required = true,
    };
}
