using System.Text;
using FormExtract.Archive.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FormExtract.Archive.Tests;

/// <summary>Archive files that cannot be used: each is one clear error (exit code 4) and is left as it was.</summary>
public sealed class SqliteFaultTests : IDisposable
{
    private readonly TempFolder _folder = Scratch.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_and_left_untouched()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("These are notes, not an archive.\n", 200)));
        var archive = _folder.Write("notes.db", bytes);

        var (exit, _, stderr) = await CliProcess.RunAsync(["load", Inputs.QuickCorpus[0], "--archive", archive]);

        Assert.Equal(4, exit);
        Assert.Contains("archive-not-sqlite", stderr, StringComparison.Ordinal);
        Assert.Contains(archive + ": not a SQLite archive", stderr, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(archive));
    }

    [Fact]
    public async Task A_sqlite_database_of_another_program_is_refused_and_left_untouched()
    {
        var archive = _folder.Path("people.db");
        await using (var connection = new SqliteConnection($"Data Source={archive};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('王芳')";
            await create.ExecuteNonQueryAsync();
        }

        var (exit, _, stderr) = await CliProcess.RunAsync(["load", Inputs.QuickCorpus[0], "--archive", archive]);

        Assert.Equal(4, exit);
        Assert.Contains("not a formextract archive", stderr, StringComparison.Ordinal);
        await using var check = new SqliteConnection($"Data Source={archive};Mode=ReadOnly;Pooling=False");
        await check.OpenAsync();
        await using var tables = check.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal("people", await tables.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_schema_is_migrated_once_and_an_archive_of_a_newer_program_is_refused()
    {
        var archive = _folder.Path("archive.db");
        Assert.Equal(0, await CliRun.RunAsync("load", Inputs.QuickCorpus[0], "--archive", archive));
        Assert.Equal(0, await CliRun.RunAsync("load", Inputs.QuickCorpus[0], "--archive", archive));
        Assert.Equal("1:0001_tables,2:0002_views",
            string.Join(",", (await ArchiveProbe.QueryAsync(archive, "SELECT version, name FROM schema_migrations ORDER BY version")).Rows.Select(r => $"{r[0]}:{r[1]}")));

        await using (var connection = new SqliteConnection($"Data Source={archive};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var newer = connection.CreateCommand();
            newer.CommandText = "INSERT INTO schema_migrations (version, name) VALUES (99, '0099_future')";
            await newer.ExecuteNonQueryAsync();
        }

        var (exit, _, stderr) = await CliProcess.RunAsync(["load", Inputs.QuickCorpus[1], "--archive", archive]);

        Assert.Equal(4, exit);
        Assert.Contains("schema is version 99, newer than this program's 2", stderr, StringComparison.Ordinal);
        Assert.Equal(1, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_read_only_archive_cannot_be_loaded_into_but_can_be_queried()
    {
        var archive = _folder.Path("shelf", "archive.db");
        Assert.Equal(0, await CliRun.RunAsync("load", Inputs.QuickCorpus[0], "--archive", archive));
        var documents = await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents");
        foreach (var path in Directory.EnumerateFiles(Path.GetDirectoryName(archive)!).Append(Path.GetDirectoryName(archive)!))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead
                | (Directory.Exists(path) ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : 0));
        }

        // Root may write anything: the commands run as an ordinary user, for whom read-only means read-only.
        var user = Environment.UserName == "root" ? "65534" : null;
        var copy = user is null ? null : _folder.Path("cli");
        var load = await CliProcess.RunAsync(["load", Inputs.QuickCorpus[1], "--archive", archive], user, copy);
        var query = await CliProcess.RunAsync(["query", "archive_summary", "--archive", archive, "--csv"], user, copy);

        Assert.True(load.Exit == 4, $"exit {load.Exit}: {load.Stderr}");
        Assert.Contains("archive-read-only", load.Stderr, StringComparison.Ordinal);
        Assert.Contains(archive, load.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, query.Exit);
        Assert.StartsWith($"status,format,reader_version,documents,forms,findings,warnings\r\ndone,text,{ReaderVersion.Current},1,12,", query.Stdout.Replace("\n", "\r\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(documents, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents"));
    }
}
