using System.CommandLine;
using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;
using FormExtract.Cli.Logging;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Validation;
using Serilog;
using Serilog.Context;

namespace FormExtract.Cli.Commands;

/// <summary>
/// <c>formextract validate &lt;document.json…&gt;</c>: re-runs the validator on documents (for instance after a
/// person corrected a cell) and rewrites their findings in place: written beside the document under a
/// temporary name and renamed over it, so that a full disk or a kill leaves the document as it was.
/// <c>-</c> reads a document from standard input and writes it to standard output. A file that is not a
/// document is explained field by field and left alone.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var documents = new Argument<string[]>("documents") { Description = "Documents written by 'extract' ('-': standard input to standard output).", Arity = ArgumentArity.OneOrMore };
        CommonOptions.RejectOptionLikeValues(documents);
        var failOn = CommonOptions.FailOn();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("validate", "Recompute the findings of extracted documents and rewrite them.") { documents, failOn, logJson, quiet };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var log = parsed.GetValue(logJson)?.FullName;
            if (log is not null && parsed.GetValue(documents)!.Any(d => d != "-" && SameFile(d, log)))
            {
                await Console.Error.WriteLineAsync($"formextract: --log-json {log}: it is one of the documents; it would be written into. Write it elsewhere.").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            var validator = new FormValidator(ValidationRules.Default);
            var (failed, findings) = (0, new List<Finding>());
            foreach (var name in parsed.GetValue(documents)!)
            {
                using var _ = LogContext.PushProperty("File", name);
                try
                {
                    var text = name == "-"
                        ? await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)
                        : await File.ReadAllTextAsync(name, cancellationToken).ConfigureAwait(false);
                    var read = DocumentParser.Parse(text);
                    if (read.Document is not { } document)
                    {
                        failed++;
                        Explain(logger, name, read.Problems);
                        continue;
                    }

                    var revalidated = document with { Forms = document.Forms.Select(f => validator.Revalidate(f, document.Source.Ocr)).ToArray() };
                    var bytes = DocumentJson.SerializeToUtf8(revalidated);
                    if (name == "-")
                    {
                        await using var stdout = Console.OpenStandardOutput();
                        await stdout.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await AtomicFile.ReplaceAsync(name, bytes, cancellationToken).ConfigureAwait(false);
                    }

                    findings.AddRange(revalidated.Forms.SelectMany(f => f.Findings));
                    logger.Information(
                        "Revalidated {File}: {FormCount} forms, {FindingCount} findings",
                        name, revalidated.Forms.Count, revalidated.Forms.Sum(f => f.Findings.Count));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failed++;
                    logger.Error("{File}: cannot be revalidated: {Reason}", name, e.Message);
                }
            }

            if (failed > 0)
            {
                return CommandLine.SomeFailed;
            }

            return parsed.GetValue(failOn) switch
            {
                FailOn.Error when findings.Any(f => f.Severity == Severity.Error) => CommandLine.FindingsFailed,
                FailOn.Warning when findings.Any(f => f.Severity is Severity.Error or Severity.Warning) => CommandLine.FindingsFailed,
                _ => CommandLine.Success,
            };
        });
        return command;
    }


    private static bool SameFile(string a, string b) =>
        Posix.Stat(NativePath.Of(Path.GetFullPath(a)), followLinks: true).Info is { } x && Posix.Stat(NativePath.Of(b), followLinks: true).Info is { } y
            ? x.Id == y.Id
            : string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static void Explain(ILogger logger, string name, IReadOnlyList<FormExtract.DocumentProblem> problems)
    {
        logger.Error("{File}: not a FormExtract document, left as it is", name);
        foreach (var problem in problems)
        {
            logger.Error("{File}: {Field}: {Problem}", name, problem.Path.Length == 0 ? "(whole file)" : problem.Path, problem.Message);
        }
    }
}
