using System.CommandLine;
using System.Text.Json;
using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;
using FormExtract.Cli.Logging;
using FormExtract.Core.Output;
using FormExtract.Core.Validation;
using Serilog.Context;

namespace FormExtract.Cli.Commands;

/// <summary>
/// <c>formextract validate &lt;document.json…&gt;</c>: re-runs the validator on documents (for instance after a
/// person corrected a cell) and rewrites their findings in place: written beside the document under a
/// temporary name and renamed over it, so that a full disk or a kill leaves the document as it was.
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
            var log = parsed.GetValue(logJson)?.FullName;
            if (log is not null && parsed.GetValue(documents)!.Any(d => SameFile(d.FullName, log)))
            {
                await Console.Error.WriteLineAsync($"formextract: --log-json {log}: it is one of the documents; it would be written into. Write it elsewhere.").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

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
                    await ReplaceAsync(file.FullName, DocumentJson.SerializeToUtf8(revalidated), cancellationToken).ConfigureAwait(false);
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

    /// <summary>Writes beside the file, then renames over it: the document is either the old one or the new one, whole.</summary>
    private static async Task ReplaceAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".formextract-{Environment.ProcessId}-{Guid.NewGuid():N}.partial");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (WriteFault.Is(e))
        {
            File.Delete(temporary);
            throw WriteFault.AsIOException(e);
        }
    }

    private static bool SameFile(string a, string b) =>
        Posix.Stat(NativePath.Of(a), followLinks: true).Info is { } x && Posix.Stat(NativePath.Of(b), followLinks: true).Info is { } y
            ? x.Id == y.Id
            : string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
