using System.CommandLine;
using System.Text.Json;
using FormExtract.Cli.Logging;
using FormExtract.Core.Output;
using FormExtract.Core.Validation;
using Serilog.Context;

namespace FormExtract.Cli.Commands;

/// <summary>
/// <c>formextract validate &lt;document.json…&gt;</c>: re-runs the validator on documents (for instance after a
/// person corrected a cell) and rewrites their findings in place.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var documents = new Argument<FileInfo[]>("documents") { Description = "Documents written by 'extract'.", Arity = ArgumentArity.OneOrMore };
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("validate", "Recompute the findings of extracted documents and rewrite them.") { documents, logJson, quiet };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            var validator = new FormValidator(ValidationRules.Default);
            var failed = 0;
            foreach (var file in parsed.GetValue(documents)!)
            {
                using var _ = LogContext.PushProperty("File", file.ToString());
                try
                {
                    var document = DocumentJson.Deserialize(await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false));
                    var revalidated = document with { Forms = document.Forms.Select(validator.Revalidate).ToArray() };
                    await File.WriteAllBytesAsync(file.FullName, DocumentJson.SerializeToUtf8(revalidated), cancellationToken).ConfigureAwait(false);
                    logger.Information(
                        "Revalidated {File}: {FormCount} forms, {FindingCount} findings",
                        file.ToString(), revalidated.Forms.Count, revalidated.Forms.Sum(f => f.Findings.Count));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
                {
                    failed++;
                    logger.Error("{File}: cannot be revalidated: {Reason}", file.ToString(), e.Message);
                }
            }

            return failed == 0 ? CommandLine.Success : CommandLine.SomeFailed;
        });
        return command;
    }
}
