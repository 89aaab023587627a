using System.CommandLine;
using FormExtract.Cli.Archive;
using FormExtract.Cli.Documents;
using FormExtract.Cli.Logging;
using FormExtract.Export;

namespace FormExtract.Cli.Commands;

/// <summary>
/// <c>formextract export INPUT… [--xlsx forms.xlsx] [--csv DIR]</c>: documents as tables that join (forms,
/// funding rows, indicators, findings, warnings), as one workbook, as CSV files, or both.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var inputs = DocumentOptions.Inputs();
        var archive = DocumentOptions.Archive();
        var xlsx = new Option<FileInfo?>("--xlsx") { Description = "Write the tables as sheets of this workbook." };
        var csv = new Option<DirectoryInfo?>("--csv") { Description = "Write the tables as CSV files (RFC 4180, UTF-8) into this folder." };
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("export", "Export documents as spreadsheet tables (XLSX, CSV).") { inputs, archive, xlsx, csv, logJson, quiet };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(inputs) ?? []).Length == 0 && r.GetValue(archive) is null)
            {
                r.AddError("Name documents, folders of them, or --archive.");
            }

            if (r.GetValue(xlsx) is null && r.GetValue(csv) is null)
            {
                r.AddError("Say what to write: --xlsx FILE, --csv DIR, or both.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            return await ArchiveExit.RunAsync(logger, async () =>
            {
                var (documents, failed) = await DocumentInputs.LoadAsync(parsed.GetValue(inputs) ?? [], parsed.GetValue(archive), logger, cancellationToken).ConfigureAwait(false);
                var tables = ExportTables.From([.. documents.Select(d => new ExportDocument(d.Name, d.Document))]);
                try
                {
                    if (parsed.GetValue(xlsx) is { } workbook)
                    {
                        XlsxExport.Write(tables, workbook.FullName);
                        logger.Information("Wrote {File}: {Sheets}", workbook.FullName, string.Join(", ", tables.Select(t => $"{t.Name} {t.Rows.Count}")));
                    }

                    if (parsed.GetValue(csv) is { } folder)
                    {
                        CsvExport.Write(tables, folder.FullName);
                        logger.Information("Wrote {Folder}: {Files}", folder.FullName, string.Join(", ", tables.Select(t => $"{t.Name}.csv {t.Rows.Count}")));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    logger.Error("The export cannot be written: {Reason}", e.Message);
                    return CommandLine.SomeFailed;
                }

                return failed > 0 ? CommandLine.SomeFailed : CommandLine.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
