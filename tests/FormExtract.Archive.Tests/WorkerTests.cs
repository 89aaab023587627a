using System.Text.Json;
using System.Text.RegularExpressions;
using FormExtract.Archive.Tests.Support;

namespace FormExtract.Archive.Tests;

/// <summary>The queue and its workers on a real PostgreSQL server, workers as real processes.</summary>
[Collection(PostgresGroup.Name)]
public sealed partial class WorkerTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder _folder = Scratch.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_workers_one_killed_mid_job_every_job_is_done_exactly_once()
    {
        var archive = await server.CreateDatabaseAsync();
        foreach (var scan in new[] { "scan-00-clean-200-png.png", "scan-04-clean-200-png.png" })
        {
            File.Copy(Repository.Path("corpus", "synthetic", "scan", scan), _folder.Path(scan));
        }

        var texts = Inputs.GenerateText(_folder.Path("generated"), forms: 30, seed: 1818).Count(f => !f.EndsWith(".json", StringComparison.Ordinal));
        var files = texts + 2;
        Assert.Equal(0, await CliRun.RunAsync("queue", _folder.Path("scan-00-clean-200-png.png"), _folder.Path("scan-04-clean-200-png.png"), _folder.Path("generated"), "--archive", archive));

        string[] worker = ["worker", "--archive", archive, "--parallel", "1", "--drain", "--job-timeout", "10", "--quiet"];
        using var first = CliProcess.Start(worker);
        using var second = CliProcess.Start(worker);
        var victim = await ProcessingScanWorkerAsync(archive, TimeSpan.FromMinutes(2));
        var (killed, survivor) = victim == first.Id ? (first, second) : (second, first);
        Assert.Equal(victim, killed.Id);
        killed.KillHard();

        // A bound on a hang, not a speed target: the survivor reads the killed job's scan again once its lease lapses,
        // and on two cores shared with the OCR tests that has taken over three minutes.
        Assert.Equal(0, await survivor.WaitAsync(TimeSpan.FromMinutes(8)));

        var states = await ArchiveProbe.QueryAsync(archive, "SELECT statename, COUNT(*) FROM hangfire.job GROUP BY statename");
        Assert.Equal($"Succeeded|{files}", string.Join("|", states.Rows.Single()));
        Assert.Equal(0, await ArchiveProbe.CountAsync(archive,
            "SELECT COUNT(*) FROM (SELECT jobid FROM hangfire.state WHERE name = 'Succeeded' GROUP BY jobid HAVING COUNT(*) > 1) AS twice"));
        // The killed worker's job was started twice, and finished once, by the survivor.
        Assert.Equal(1, await ArchiveProbe.CountAsync(archive,
            "SELECT COUNT(*) FROM (SELECT jobid FROM hangfire.state WHERE name = 'Processing' GROUP BY jobid HAVING COUNT(*) = 2) AS twice"));
        Assert.Equal(files, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents WHERE status = 'done'"));
        Assert.Equal($"{files}|{files}|0|0",
            string.Join("|", (await ArchiveProbe.QueryAsync(archive, "SELECT inputs, archived, skipped, pending FROM load_summary")).Rows.Single()));
        await ArchiveProbe.AssertRowsMatchJsonAsync(archive);
    }

    [Fact]
    public async Task A_file_changed_after_it_was_queued_is_read_as_it_was_queued()
    {
        var archive = await server.CreateDatabaseAsync();
        var original = await File.ReadAllBytesAsync(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));
        var input = _folder.Write("forms.txt", original);
        Assert.Equal(0, await CliRun.RunAsync("queue", input, "--archive", archive));

        await File.WriteAllTextAsync(input, "会议纪要\n时间\t2023年\n");
        Assert.Equal(0, await CliRun.RunAsync("worker", "--archive", archive, "--drain", "--parallel", "1"));

        var row = (await ArchiveProbe.QueryAsync(archive, "SELECT sha256, status, form_count, source_path, size_bytes FROM documents")).Rows.Single();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(original)), row[0]);
        Assert.Equal($"done|12|{input}|{original.Length}", string.Join("|", row.Skip(1)));
    }

    [Fact]
    public async Task The_dashboard_shows_the_jobs_and_the_load_in_headless_chromium()
    {
        var archive = await server.CreateDatabaseAsync();
        var inputs = Directory.EnumerateFiles(Inputs.QuickCorpus[1], "*.txt").Order(StringComparer.Ordinal).Take(3).ToArray();
        Assert.Equal(0, await CliRun.RunAsync(["queue", .. inputs, "--archive", archive]));
        Assert.Equal(0, await CliRun.RunAsync("worker", "--archive", archive, "--drain", "--parallel", "2"));

        await using var dashboard = await LocalDashboard.StartAsync(archive);
        var jobs = await Chromium.DumpDomAsync(new Uri(dashboard.Address, "hangfire/jobs/succeeded"), _folder.Path("chromium"));
        var progress = await Chromium.DumpDomAsync(dashboard.Address, _folder.Path("chromium"));

        foreach (var input in inputs)
        {
            Assert.Contains($"Archive {input}", jobs, StringComparison.Ordinal);
        }

        Assert.Matches(@"data-metric=""succeeded:count""[^>]*>3</span>", jobs);
        var loads = LoadsTable().Match(progress);
        Assert.True(loads.Success, progress);
        Assert.Matches(@"<td>queue</td>.*<td>3</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>", loads.Value);
    }

    /// <summary>The pid of the worker that is running a scan's job, once one is.</summary>
    private static async Task<int> ProcessingScanWorkerAsync(string archive, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var running = await ArchiveProbe.QueryAsync(archive, """
                SELECT s.data FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
                WHERE j.statename = 'Processing' AND CAST(j.arguments AS TEXT) LIKE '%scan-0%'
                """);
            if (running.Rows.Count > 0)
            {
                var serverId = JsonDocument.Parse(running.Rows[0][0]!).RootElement.GetProperty("ServerId").GetString()!;
                return int.Parse(WorkerPid().Match(serverId).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No worker started a scan's job.");
    }

    [GeneratedRegex(@"formextract-worker-.+-(\d+):")]
    private static partial Regex WorkerPid();

    [GeneratedRegex(@"<table id=""loads"">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex LoadsTable();
}
