using System.CommandLine;
using FormExtract.Cli.Batch;
using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;
using FormExtract.Cli.Limits;
using FormExtract.Cli.Logging;
using FormExtract.Ocr;
using Serilog;
using Serilog.Context;

namespace FormExtract.Cli.Commands;

/// <summary><c>formextract extract &lt;files or folders…&gt; --out DIR | --jsonl FILE|-</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Input files and folders (folders are searched recursively).", Arity = ArgumentArity.OneOrMore };
        CommonOptions.RejectOptionLikeValues(inputs);
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Write one document per input file into this folder." };
        var jsonLines = new Option<string?>("--jsonl") { Description = "Write one form per line into this JSON Lines file instead ('-': standard output)." };
        var resume = new Option<bool>("--resume") { Description = "Skip inputs already done: with --out, those whose document was written from the same bytes; with --jsonl FILE, those whose forms are in the file." };
        var noRetry = BatchSafetyOptions.NoRetry();
        var parallel = new Option<int>("--parallel")
        {
            Description = "Files read at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= 1)
                {
                    return count;
                }

                result.AddError($"--parallel takes a whole number of files, at least 1, not '{text}'.");
                return 1;
            },
        };
        var include = new Option<string[]>("--include") { Description = "Only files found in folders whose path below the folder matches this glob (**/*.pdf); repeatable.", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out files found in folders whose path below the folder matches this glob (drafts/**); repeatable." };
        var noOcr = new Option<bool>("--no-ocr") { Description = "Read no scans: images are not taken, PDFs are read from their text layer alone." };
        var reviewThreshold = new Option<double>("--review-threshold")
        {
            Description = "Cells read by OCR whose probability of being right is below this (0..1) are counted in each form's review and named in warnings.",
            DefaultValueFactory = _ => FormExtractorOptions.Default.ReviewThreshold,
        };
        var confidenceModel = CommonOptions.ConfidenceModel();
        var limit = BatchSafetyOptions.Limit();
        var noFollowLinks = BatchSafetyOptions.NoFollowLinks();
        var failOn = CommonOptions.FailOn();
        var extractedAt = ExtractionTime.Option();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("extract", "Read forms from files and write validated JSON documents.")
        {
            inputs, output, jsonLines, resume, noRetry, parallel, include, exclude, noOcr, reviewThreshold, confidenceModel, limit, noFollowLinks, failOn, extractedAt, logJson, quiet,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(output) is null) == (result.GetValue(jsonLines) is null))
            {
                result.AddError("Give exactly one of --out DIR or --jsonl FILE.");
            }

            if (result.GetValue(resume) && result.GetValue(jsonLines) == "-")
            {
                result.AddError("--resume works with --out DIR or --jsonl FILE: standard output cannot be read back.");
            }

            if (result.GetValue(reviewThreshold) is < 0 or > 1)
            {
                result.AddError("--review-threshold lies in [0, 1].");
            }

            if (result.GetValue(noRetry) && !result.GetValue(resume))
            {
                result.AddError("--no-retry works with --resume.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (modelPath, time, problem) = CommonOptions.CheckExtraction(parsed.GetValue(confidenceModel), parsed.GetValue(extractedAt));
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync($"formextract: {problem}").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            var limits = LimitSettings.Parse(parsed.GetValue(limit) ?? []).Limits!;
            var outDirectory = parsed.GetValue(output)?.FullName;
            var jsonLinesFile = parsed.GetValue(jsonLines) is { } lines and not "-" ? Path.GetFullPath(lines) : null;
            var outId = outDirectory is null ? null : Posix.Stat(NativePath.Of(outDirectory), followLinks: true).Info?.Id;
            var filter = new InputFilter(parsed.GetValue(include) ?? [], parsed.GetValue(exclude) ?? []);
            var discovery = new InputDiscovery(new DiscoveryOptions(!parsed.GetValue(noFollowLinks), outId, filter)).Discover(parsed.GetValue(inputs)!);
            if (OutputGuard.Check(discovery.Inputs, [("--jsonl", jsonLinesFile), ("--log-json", parsed.GetValue(logJson)?.FullName)], outDirectory) is { } refused)
            {
                await Console.Error.WriteLineAsync($"formextract: {refused}").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            var logConsole = new LogConsole();
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet), logConsole);
            Report(logger, discovery.Problems);
            if (ScratchFolder.RemoveLeftovers() is var removed and > 0)
            {
                logger.Information("Removed {FolderCount} temporary folders left by killed runs", removed);
            }

            var resuming = parsed.GetValue(resume);
            var options = new BatchOptions(parsed.GetValue(parallel), resuming, !parsed.GetValue(noRetry), limits.FileBytes, limits.FileTime);
            IDocumentSink sink;
            try
            {
                sink = outDirectory is not null
                    ? new DirectorySink(outDirectory, resuming, options.RetryFailed)
                    : jsonLinesFile is not null
                        ? new JsonLinesSink(jsonLinesFile, discovery.Inputs.Count, resuming)
                        : new JsonLinesSink(JsonLinesSink.StandardOutput(), discovery.Inputs.Count);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.Error("The output cannot be opened: {Reason}", e.Message);
                return CommandLine.UsageError;
            }

            BatchRun run;
            using var interruption = new Interruption(cancellationToken);
            await using (sink.ConfigureAwait(false))
            {
                if (sink is DirectorySink { JournalProblem: { } journal })
                {
                    logger.Warning("The record that lets --resume skip finished files cannot be kept ({Reason}); a resumed run reads every file again", journal);
                }

                // The batch bounds each file's bytes and time itself (InputReader, BatchRunner), naming the --limit settings.
                FormExtractor extractor;
                try
                {
                    extractor = new FormExtractor(new FormExtractorOptions
                    {
                        Parallelism = options.Parallelism,
                        Ocr = !parsed.GetValue(noOcr),
                        ReviewThreshold = parsed.GetValue(reviewThreshold),
                        ConfidenceModel = modelPath,
                        Limits = limits with { FileTime = null },
                        ExtractedAt = time,
                    });
                }
                catch (InvalidDataException e)
                {
                    logger.Error("{Problem}", e.Message);
                    return CommandLine.UsageError;
                }

                using var owned = extractor;
                var runner = new BatchRunner(extractor, sink, logger, options);
                try
                {
                    run = await BatchProgress.RunAsync(runner, discovery.Inputs, showProgress: !parsed.GetValue(quiet), logConsole, interruption.Token).ConfigureAwait(false);
                }
                catch (OutputClosedException)
                {
                    logger.Debug("The reader of the output closed it; the run ends here");
                    return CommandLine.Success;
                }
            }

            Summarise(logger, run, discovery);
            if (run.Interrupted && interruption.Signal is { } signal)
            {
                // The signal's name as text: the readable log writes any other value as JSON, in quotes.
                logger.Warning(
                    "Interrupted by {Signal}: {DoneCount} of {FileCount} files finished, and what was written is whole; run again with --resume to finish",
                    signal.ToString(), run.Outcomes.Count, discovery.Inputs.Count);
                return interruption.ExitCode;
            }

            if (discovery.Failures > 0 || run.Outcomes.Any(o => o.Status == FileStatus.Failed))
            {
                return CommandLine.SomeFailed;
            }

            return FailsOn(parsed.GetValue(failOn), run.Outcomes) ? CommandLine.FindingsFailed : CommandLine.Success;
        });
        return command;
    }

    private static bool FailsOn(FailOn level, IReadOnlyList<FileOutcome> outcomes) => level switch
    {
        FailOn.Error => outcomes.Any(o => o.ErrorFindings > 0),
        FailOn.Warning => outcomes.Any(o => o.ErrorFindings > 0 || o.WarningFindings > 0 || o.Warnings > 0),
        _ => false,
    };

    private static void Report(ILogger logger, IReadOnlyList<DiscoveryProblem> problems)
    {
        foreach (var problem in problems)
        {
            var name = NativePath.Escape(problem.Path);
            using var _ = LogContext.PushProperty("File", name);
            if (problem.IsFailure)
            {
                logger.Error("{File}: {Problem}", name, NativePath.Escape(problem.Reason));
            }
            else
            {
                logger.Warning("{File}: {Problem}", name, NativePath.Escape(problem.Reason));
            }
        }
    }

    private static void Summarise(ILogger logger, BatchRun run, DiscoveryResult discovery)
    {
        var outcomes = run.Outcomes;
        logger.Information(
            "Done: {FileCount} files, {FormCount} forms written, {SkippedCount} skipped as already done, {FailedCount} failed, {ErrorCount} error findings",
            outcomes.Count,
            outcomes.Where(o => o.Status == FileStatus.Written).Sum(o => o.Forms),
            outcomes.Count(o => o.Status == FileStatus.Skipped),
            outcomes.Count(o => o.Status == FileStatus.Failed) + discovery.Failures,
            outcomes.Sum(o => o.ErrorFindings));
        foreach (var failed in outcomes.Where(o => o.Status == FileStatus.Failed))
        {
            using var _ = LogContext.PushProperty("File", failed.Input.LogName);
            logger.Error("Failed: {Problem}", NativePath.Escape(failed.Problem ?? string.Empty));
        }

        foreach (var problem in discovery.Problems.Where(p => p.IsFailure))
        {
            var name = NativePath.Escape(problem.Path);
            using var _ = LogContext.PushProperty("File", name);
            logger.Error("Failed: {File}: {Problem}", name, NativePath.Escape(problem.Reason));
        }
    }
}
