using System.CommandLine;
using FormExtract.Archive;
using FormExtract.Archive.Jobs;
using FormExtract.Archive.Loading;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Commands;
using FormExtract.Cli.Limits;
using FormExtract.Cli.Logging;

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
        var noOcr = new Option<bool>("--no-ocr") { Description = "Read no scans: images are not taken, PDFs are read from their text layer alone." };
        var confidenceModel = CommonOptions.ConfidenceModel();
        var limit = BatchSafetyOptions.Limit();
        var extractedAt = ExtractionTime.Option();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("worker", "Run queued archive jobs (on any number of machines) until stopped.")
        {
            archive, parallel, drain, jobTimeout, noOcr, confidenceModel, limit, extractedAt, logJson, quiet,
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
                HangfireSetup.Configure(logger);
                var storage = JobStorages.Create(target, JobTimeoutOption.Options(parsed.GetValue(jobTimeout)));
                await using var store = await Archives.OpenAsync(target, logger, cancellationToken).ConfigureAwait(false);
                var limits = LimitSettings.Parse(parsed.GetValue(limit) ?? []).Limits!;
                using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = parsed.GetValue(parallel), Ocr = !parsed.GetValue(noOcr), ConfidenceModel = modelPath, Limits = limits, ExtractedAt = time });
                var reading = new DocumentReading(extractor, logger);
                var worker = new ArchiveWorker(store, reading, storage, new WorkerOptions(parsed.GetValue(parallel), parsed.GetValue(drain)), logger);
                await worker.RunAsync(cancellationToken).ConfigureAwait(false);
                return CommandLine.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
