using FormExtract.Archive;
using Serilog;

namespace FormExtract.Cli.Archive;

/// <summary>
/// Runs an archive command: an archive that cannot be used (not SQLite, read-only, unreachable, lost mid-run)
/// is one clear error and exit code 4; documents' own faults never get here.
/// </summary>
internal static class ArchiveExit
{
    public const int ArchiveUnusable = 4;

    public static async Task<int> RunAsync(ILogger logger, Func<Task<int>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (ArchiveException e)
        {
            logger.Error("{Code}: {Problem}", e.Code, e.Message);
            return ArchiveUnusable;
        }
    }
}
