using System.CommandLine;
using FormExtract.Archive;
using FormExtract.Archive.Dashboard;
using FormExtract.Archive.Jobs;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Commands;
using FormExtract.Cli.Logging;

namespace FormExtract.Cli.Archive;

/// <summary><c>formextract dashboard --archive "Host=…;Database=…" [--port 5080]</c>: Hangfire's dashboard and the load's progress on localhost.</summary>
internal static class DashboardCommand
{
    public static Command Create()
    {
        var archive = ArchiveOption.Create(postgresOnly: true);
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("dashboard", "Serve Hangfire's dashboard and the archive's progress on 127.0.0.1 until stopped.") { archive, port, logJson, quiet };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            return await ArchiveExit.RunAsync(logger, async () =>
            {
                var target = ArchiveTarget.Parse(parsed.GetValue(archive)!);
                HangfireSetup.Configure(logger);
                var storage = JobStorages.Create(target, JobQueueOptions.Default);
                await using var store = await Archives.OpenAsync(target, logger, cancellationToken).ConfigureAwait(false);
                await using var host = await DashboardHost.StartAsync(store, storage, parsed.GetValue(port), logger, cancellationToken).ConfigureAwait(false);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop serving.
                }

                return CommandLine.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
