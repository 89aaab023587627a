using System.CommandLine;
using FormExtract.Archive;
using FormExtract.Archive.Jobs;
using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Commands;
using FormExtract.Cli.Logging;
using FormExtract.Core.Pipeline;

namespace FormExtract.Cli.Archive;

/// <summary><c>formextract worker --archive "Host=…;Database=…" [--parallel N] [--drain]</c>: runs queued jobs until stopped.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var archive = ArchiveOption.Create(postgresOnly: true);
        var parallel = ParallelOption.Create("Jobs run at once.");
        var drain = new Option<bool>("--drain") { Description = "Stop once no job is queued, running or waiting for a retry." };
        var jobTimeout = JobTimeoutOption.Create();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("worker", "Run queued archive jobs (on any number of machines) until stopped.")
        {
            archive, parallel, drain, jobTimeout, logJson, quiet,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            return await ArchiveExit.RunAsync(logger, async () =>
            {
                var target = ArchiveTarget.Parse(parsed.GetValue(archive)!);
                HangfireSetup.Configure(logger);
                var storage = JobStorages.Create(target, JobTimeoutOption.Options(parsed.GetValue(jobTimeout)));
                await using var store = await Archives.OpenAsync(target, logger, cancellationToken).ConfigureAwait(false);
                using var readers = new Readers();
                var reading = new DocumentReading(DocumentExtractor.WithReaders(readers.All), logger);
                var worker = new ArchiveWorker(store, reading, storage, new WorkerOptions(parsed.GetValue(parallel), parsed.GetValue(drain)), logger);
                await worker.RunAsync(cancellationToken).ConfigureAwait(false);
                return CommandLine.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
