using FormExtract.Archive.Tests.Support;
using Npgsql;

namespace FormExtract.Archive.Tests;

/// <summary>A PostgreSQL archive that cannot be reached, or goes away mid-run: clear errors, and a rerun finishes.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresFaultTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder _folder = Scratch.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_wrong_connection_string_is_one_clear_error()
    {
        var missing = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "no_such_archive" }.ConnectionString;
        var input = Inputs.QuickCorpus[0];

        var refused = await CliProcess.RunAsync(["load", input, "--archive", "Host=127.0.0.1;Port=1;Database=archive;Timeout=5"]);
        var noDatabase = await CliProcess.RunAsync(["load", input, "--archive", missing]);
        var noHost = await CliProcess.RunAsync(["queue", input, "--archive", "Database=archive;Username=postgres"]);
        var sqliteQueue = await CliProcess.RunAsync(["queue", input, "--archive", _folder.Path("a.db")]);

        Assert.Equal((4, true), (refused.Exit, refused.Stderr.Contains("archive-unreachable: postgresql 127.0.0.1:1/archive: cannot connect to PostgreSQL", StringComparison.Ordinal)));
        Assert.Equal((4, true), (noDatabase.Exit, noDatabase.Stderr.Contains("database \"no_such_archive\" does not exist", StringComparison.Ordinal)));
        Assert.Equal((4, true), (noHost.Exit, noHost.Stderr.Contains("names no Host", StringComparison.Ordinal)));
        Assert.Equal((4, true), (sqliteQueue.Exit, sqliteQueue.Stderr.Contains("need a PostgreSQL archive", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostgreSQL_stopped_mid_load_is_a_clear_error_and_a_rerun_finishes_the_load()
    {
        // A server of its own: this test stops it.
        var own = new PostgresServer();
        await own.InitializeAsync();
        try
        {
            var archive = await own.CreateDatabaseAsync();
            var files = Inputs.GenerateText(_folder.Path("generated"), forms: 800, seed: 1717).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).ToArray();
            Assert.Equal(0, await CliRun.RunAsync("load", files[0], "--archive", archive));
            int exit;
            string stderr;
            using (var loader = CliProcess.Start(["load", _folder.Path("generated"), "--archive", archive, "--parallel", "2", "--quiet"]))
            {
                var deadline = DateTime.UtcNow.AddMinutes(1);
                while (await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents") < 40 && DateTime.UtcNow < deadline && !loader.HasExited)
                {
                    await Task.Delay(20);
                }

                Assert.False(loader.HasExited, "the load finished before the server could be stopped: " + loader.Stderr);
                await own.StopAsync("immediate");
                exit = await loader.WaitAsync(TimeSpan.FromMinutes(1));
                stderr = loader.Stderr;
            }

            Assert.Equal(4, exit);
            Assert.Contains("run the same command again to finish", stderr, StringComparison.Ordinal);

            await own.StartAsync();
            var committed = await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents");
            Assert.InRange(committed, 40, files.Length - 1);
            Assert.Equal(0, await CliRun.RunAsync("load", _folder.Path("generated"), "--archive", archive));

            Assert.Equal(files.Length, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents"));
            Assert.Equal($"{files.Length - committed}|{committed}",
                string.Join("|", (await ArchiveProbe.QueryAsync(archive, "SELECT archived, skipped FROM load_summary ORDER BY load_id DESC")).Rows[0]));
            await ArchiveProbe.AssertRowsMatchJsonAsync(archive);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }
}
