using System.CommandLine;
using FormExtract.Cli.Batch;
using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;
using FormExtract.Cli.Limits;
using FormExtract.Cli.Logging;
using FormExtract.Core.Pipeline;
using FormExtract.Ocr;
using Serilog;
using Serilog.Context;

namespace FormExtract.Cli.Commands;

/// <summary><c>formextract extract &lt;files or folders…&gt; --out DIR | --jsonl FILE</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Input files and folders (folders are searched recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Write one document per input file into this folder." };
        var jsonLines = new Option<FileInfo?>("--jsonl") { Description = "Write one form per line into this JSON Lines file instead." };
        var resume = new Option<bool>("--resume") { Description = "Skip inputs already done: with --out, those whose document was written from the same bytes; with --jsonl, those whose forms are in the file." };
        var noRetry = BatchSafetyOptions.NoRetry();
        var parallel = new Option<int>("--parallel") { Description = "Files read at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        var limit = BatchSafetyOptions.Limit();
        var noFollowLinks = BatchSafetyOptions.NoFollowLinks();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("extract", "Read forms from files and write validated JSON documents.")
        {
            inputs, output, jsonLines, resume, noRetry, parallel, limit, noFollowLinks, logJson, quiet,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(output) is null) == (result.GetValue(jsonLines) is null))
            {
                result.AddError("Give exactly one of --out DIR or --jsonl FILE.");
            }

            if (result.GetValue(noRetry) && !result.GetValue(resume))
            {
                result.AddError("--no-retry works with --resume.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var limits = LimitSettings.Parse(parsed.GetValue(limit) ?? []).Limits!;
            var outDirectory = parsed.GetValue(output)?.FullName;
            var jsonLinesFile = parsed.GetValue(jsonLines)?.FullName;
            var outId = outDirectory is null ? null : Posix.Stat(NativePath.Of(outDirectory), followLinks: true).Info?.Id;
            var discovery = new InputDiscovery(new DiscoveryOptions(!parsed.GetValue(noFollowLinks), outId)).Discover(parsed.GetValue(inputs)!);
            if (OutputGuard.Check(discovery.Inputs, [("--jsonl", jsonLinesFile), ("--log-json", parsed.GetValue(logJson)?.FullName)], outDirectory) is { } refused)
            {
                await Console.Error.WriteLineAsync($"formextract: {refused}").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
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
                    : new JsonLinesSink(jsonLinesFile!, discovery.Inputs.Count, resuming);
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

                using var readers = new Readers(limits);
                var extractor = DocumentExtractor.WithReaders(readers.All);
                var runner = new BatchRunner(extractor, sink, new InputReader(options.MaxFileBytes), logger, options);
                run = await BatchProgress.RunAsync(runner, discovery.Inputs, showProgress: !parsed.GetValue(quiet), interruption.Token).ConfigureAwait(false);
            }

            Summarise(logger, run, discovery);
            if (run.Interrupted && interruption.Signal is { } signal)
            {
                logger.Warning(
                    "Interrupted by {Signal}: {DoneCount} of {FileCount} files finished, and what was written is whole; run again with --resume to finish",
                    signal, run.Outcomes.Count, discovery.Inputs.Count);
                return interruption.ExitCode;
            }

            return discovery.Failures == 0 && run.Outcomes.All(o => o.Status != FileStatus.Failed) ? CommandLine.Success : CommandLine.SomeFailed;
        });
        return command;
    }

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
