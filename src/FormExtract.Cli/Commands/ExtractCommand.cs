using System.CommandLine;
using FormExtract.Cli.Batch;
using FormExtract.Cli.Logging;
using FormExtract.Core.Pipeline;
using Serilog;

namespace FormExtract.Cli.Commands;

/// <summary><c>formextract extract &lt;files or folders…&gt; --out DIR | --jsonl FILE</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Input files and folders (folders are searched recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Write one document per input file into this folder." };
        var jsonLines = new Option<FileInfo?>("--jsonl") { Description = "Write one form per line into this JSON Lines file instead." };
        var resume = new Option<bool>("--resume") { Description = "Skip inputs whose document in --out was already written from the same bytes." };
        var parallel = new Option<int>("--parallel") { Description = "Files read at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("extract", "Read forms from files and write validated JSON documents.")
        {
            inputs, output, jsonLines, resume, parallel, logJson, quiet,
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
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            var outDirectory = parsed.GetValue(output);
            var (found, problems) = InputDiscovery.Discover(parsed.GetValue(inputs)!, outDirectory?.FullName);
            foreach (var problem in problems)
            {
                logger.Error("{Problem}", problem);
            }

            var options = new BatchOptions(parsed.GetValue(parallel), parsed.GetValue(resume));
            await using IDocumentSink sink = outDirectory is not null
                ? new DirectorySink(outDirectory.FullName)
                : new JsonLinesSink(parsed.GetValue(jsonLines)!.FullName, found.Count);
            using var readers = new Readers();
            var extractor = DocumentExtractor.WithReaders(readers.All);
            var runner = new BatchRunner(extractor, sink, logger, options);
            var outcomes = await BatchProgress.RunAsync(runner, found, showProgress: !parsed.GetValue(quiet), cancellationToken).ConfigureAwait(false);
            Summarise(logger, outcomes);
            return problems.Count == 0 && outcomes.All(o => o.Status != FileStatus.Failed) ? CommandLine.Success : CommandLine.SomeFailed;
        });
        return command;
    }

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
