using System.CommandLine;

namespace FormExtract.Cli.Archive;

/// <summary>The archive's commands: load and query (SQLite or PostgreSQL); queue, worker and dashboard (PostgreSQL).</summary>
internal static class ArchiveCommands
{
    public static IEnumerable<Command> Create() =>
    [
        LoadCommand.Create(),
        QueryCommand.Create(),
        QueueCommand.Create(),
        WorkerCommand.Create(),
        DashboardCommand.Create(),
    ];
}
