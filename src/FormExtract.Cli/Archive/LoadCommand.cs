using System.CommandLine;
using FormExtract.Archive;
using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Commands;
using FormExtract.Cli.Limits;
using FormExtract.Cli.Logging;
using Serilog;

namespace FormExtract.Cli.Archive;

/// <summary><c>formextract load &lt;files or folders…&gt; --archive archive.db | "Host=…;Database=…"</c>.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Input files and folders (folders are searched recursively).", Arity = ArgumentArity.OneOrMore };
        var archive = ArchiveOption.Create(postgresOnly: false);
        var reprocess = new Option<bool>("--reprocess") { Description = "Re-extract inputs whose archived document was read by an older reader version." };
        var parallel = ParallelOption.Create("Files extracted at once.");
        var noOcr = new Option<bool>("--no-ocr") { Description = "Read no scans: images are not taken, PDFs are read from their text layer alone." };
        var confidenceModel = CommonOptions.ConfidenceModel();
        var limit = BatchSafetyOptions.Limit();
        var extractedAt = ExtractionTime.Option();
        var noFollowLinks = BatchSafetyOptions.NoFollowLinks();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("load", "Extract files into an archive (SQLite file or PostgreSQL), skipping files archived already.")
        {
            inputs, archive, reprocess, parallel, noOcr, confidenceModel, limit, extractedAt, noFollowLinks, logJson, quiet,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (modelPath, time, problem) = CommonOptions.CheckExtraction(parsed.GetValue(confidenceModel), parsed.GetValue(extractedAt));
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync($"formextract: {problem}").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            return await ArchiveExit.RunAsync(logger, async () =>
            {
                var target = ArchiveTarget.Parse(parsed.GetValue(archive)!);
                var limits = LimitSettings.Parse(parsed.GetValue(limit) ?? []).Limits!;
                var (found, problems) = ArchiveInputs.Discover(parsed.GetValue(inputs)!, target, !parsed.GetValue(noFollowLinks), limits.FileBytes, logger);
                await using var store = await Archives.OpenAsync(target, logger, cancellationToken).ConfigureAwait(false);
                // Each file bounded in bytes (ArchiveInputs) and time (the extractor), as extract bounds it.
                using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = parsed.GetValue(parallel), Ocr = !parsed.GetValue(noOcr), ConfidenceModel = modelPath, Limits = limits, ExtractedAt = time });
                var reading = new DocumentReading(extractor, logger);
                var loader = new ArchiveLoader(store, reading, new LoadOptions(parsed.GetValue(parallel), parsed.GetValue(reprocess)), logger);
                var (loadId, counts) = await LoadProgressView.RunAsync("Loading", found.Count, !parsed.GetValue(quiet),
                    progress => loader.RunAsync(found, progress, cancellationToken)).ConfigureAwait(false);
                Summarise(logger, target, loadId, counts);
                return problems == 0 && counts.Failed + counts.Unreadable == 0 ? CommandLine.Success : CommandLine.SomeFailed;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static void Summarise(ILogger logger, ArchiveTarget target, long loadId, LoadCounts counts) =>
        logger.Information(
            "Load {LoadId} into {Archive}: {InputCount} inputs in {Elapsed:F1} s ({Rate:F1} files/s): {ArchivedCount} archived, {ReprocessedCount} reprocessed, {SkippedCount} skipped as archived already, {FailedCount} archived as failed, {UnreadableCount} unreadable",
            loadId, target.Display, counts.Total, counts.Elapsed.TotalSeconds, counts.Rate, counts.Archived, counts.Reprocessed, counts.Skipped, counts.Failed, counts.Unreadable);
}
