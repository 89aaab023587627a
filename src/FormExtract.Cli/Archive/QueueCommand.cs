using System.CommandLine;
using FormExtract.Archive;
using FormExtract.Archive.Jobs;
using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Commands;
using FormExtract.Cli.Limits;
using FormExtract.Cli.Logging;
using Hangfire;

namespace FormExtract.Cli.Archive;

/// <summary><c>formextract queue &lt;files or folders…&gt; --archive "Host=…;Database=…"</c>: one job per file for the workers.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Input files and folders (folders are searched recursively).", Arity = ArgumentArity.OneOrMore };
        var archive = ArchiveOption.Create(postgresOnly: true);
        var reprocess = new Option<bool>("--reprocess") { Description = "Queue inputs whose archived document was read by an older reader version." };
        var jobTimeout = JobTimeoutOption.Create();
        var limit = BatchSafetyOptions.Limit();
        var noFollowLinks = BatchSafetyOptions.NoFollowLinks();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("queue", "Store files' bytes in a PostgreSQL archive and queue one job per file for 'formextract worker'.")
        {
            inputs, archive, reprocess, jobTimeout, limit, noFollowLinks, logJson, quiet,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            return await ArchiveExit.RunAsync(logger, async () =>
            {
                var target = ArchiveTarget.Parse(parsed.GetValue(archive)!);
                HangfireSetup.Configure(logger);
                var storage = JobStorages.Create(target, JobTimeoutOption.Options(parsed.GetValue(jobTimeout)));
                var (found, problems) = ArchiveInputs.Discover(parsed.GetValue(inputs)!, target, !parsed.GetValue(noFollowLinks),
                    LimitSettings.Parse(parsed.GetValue(limit) ?? []).Limits!.FileBytes, logger);
                await using var store = await Archives.OpenAsync(target, logger, cancellationToken).ConfigureAwait(false);
                // Reading and storing bytes is I/O: a few files at once keep the server busy.
                var enqueuer = new ArchiveEnqueuer(store, new BackgroundJobClient(storage), new LoadOptions(4, parsed.GetValue(reprocess)), logger);
                var (loadId, queued, counts) = await LoadProgressView.RunAsync("Queueing", found.Count, !parsed.GetValue(quiet),
                    progress => enqueuer.RunAsync(found, progress, cancellationToken)).ConfigureAwait(false);
                logger.Information(
                    "Load {LoadId} on {Archive}: {InputCount} inputs: {QueuedCount} queued, {SkippedCount} skipped as archived already, {UnreadableCount} unreadable; run 'formextract worker' to process them",
                    loadId, target.Display, found.Count, queued, counts.Skipped, counts.Unreadable);
                return problems == 0 && counts.Unreadable == 0 ? CommandLine.Success : CommandLine.SomeFailed;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
