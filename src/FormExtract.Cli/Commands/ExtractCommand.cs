using System.CommandLine;
using FormExtract.Cli.Batch;
using FormExtract.Cli.Logging;
using Serilog;

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
        var resume = new Option<bool>("--resume") { Description = "Skip inputs whose document in --out was already written from the same bytes." };
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
        var failOn = CommonOptions.FailOn();
        var extractedAt = ExtractionTime.Option();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("extract", "Read forms from files and write validated JSON documents.")
        {
            inputs, output, jsonLines, resume, parallel, include, exclude, noOcr, failOn, extractedAt, logJson, quiet,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(output) is null) == (result.GetValue(jsonLines) is null))
            {
                result.AddError("Give exactly one of --out DIR or --jsonl FILE.");
            }

            if (result.GetValue(resume) && result.GetValue(output) is null)
            {
                result.AddError("--resume works with --out.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (time, timeProblem) = ExtractionTime.Resolve(parsed.GetValue(extractedAt), Environment.GetEnvironmentVariable(ExtractionTime.EnvironmentVariable));
            if (timeProblem is not null)
            {
                await Console.Error.WriteLineAsync($"formextract: {timeProblem}").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            var logConsole = new LogConsole();
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet), logConsole);
            var outDirectory = parsed.GetValue(output);
            var filter = new InputFilter(parsed.GetValue(include) ?? [], parsed.GetValue(exclude) ?? []);
            var (found, problems) = InputDiscovery.Discover(parsed.GetValue(inputs)!, outDirectory?.FullName, filter);
            foreach (var problem in problems)
            {
                logger.Error("{Problem}", problem);
            }

            var options = new BatchOptions(parsed.GetValue(parallel), parsed.GetValue(resume));
            await using IDocumentSink sink = outDirectory is not null
                ? new DirectorySink(outDirectory.FullName)
                : OpenLines(parsed.GetValue(jsonLines)!, found.Count);
            using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = options.Parallelism, Ocr = !parsed.GetValue(noOcr), ExtractedAt = time });
            var runner = new BatchRunner(extractor, sink, logger, options);
            IReadOnlyList<FileOutcome> outcomes;
            try
            {
                outcomes = await BatchProgress.RunAsync(runner, found, showProgress: !parsed.GetValue(quiet), logConsole, cancellationToken).ConfigureAwait(false);
            }
            catch (OutputClosedException)
            {
                logger.Debug("The reader of the output closed it; the run ends here");
                return CommandLine.Success;
            }

            Summarise(logger, outcomes);
            if (problems.Count > 0 || outcomes.Any(o => o.Status == FileStatus.Failed))
            {
                return CommandLine.SomeFailed;
            }

            return FailsOn(parsed.GetValue(failOn), outcomes) ? CommandLine.FindingsFailed : CommandLine.Success;
        });
        return command;
    }

    private static JsonLinesSink OpenLines(string path, int inputCount) =>
        path == "-" ? new JsonLinesSink(JsonLinesSink.StandardOutput(), inputCount) : new JsonLinesSink(path, inputCount);

    private static bool FailsOn(FailOn level, IReadOnlyList<FileOutcome> outcomes) => level switch
    {
        FailOn.Error => outcomes.Any(o => o.ErrorFindings > 0),
        FailOn.Warning => outcomes.Any(o => o.ErrorFindings > 0 || o.WarningFindings > 0 || o.Warnings > 0),
        _ => false,
    };

    private static void Summarise(ILogger logger, IReadOnlyList<FileOutcome> outcomes)
    {
        logger.Information(
            "Done: {FileCount} files, {FormCount} forms written, {SkippedCount} skipped as already done, {FailedCount} failed, {ErrorCount} error findings",
            outcomes.Count,
            outcomes.Sum(o => o.Forms),
            outcomes.Count(o => o.Status == FileStatus.Skipped),
            outcomes.Count(o => o.Status == FileStatus.Failed),
            outcomes.Sum(o => o.ErrorFindings));
        foreach (var failed in outcomes.Where(o => o.Status == FileStatus.Failed))
        {
            logger.ForContext("File", failed.Input.DisplayPath).Error("Failed: {Problem}", failed.Problem);
        }
    }
}
