using System.CommandLine;
using FormExtract.Cli.Archive;
using FormExtract.Cli.Documents;
using FormExtract.Cli.Logging;
using FormExtract.Report;

namespace FormExtract.Cli.Commands;

/// <summary>
/// <c>formextract report INPUT… --out report/</c>: a static HTML audit report of documents (a batch summary and a
/// page per form, with crops of PDF and scan sources) that opens offline.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var inputs = DocumentOptions.Inputs();
        var archive = DocumentOptions.Archive();
        var sources = DocumentOptions.Sources();
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The folder the report is written into (index.html, forms/, lists/, crops/).", Required = true };
        var noCrops = new Option<bool>("--no-crops") { Description = "Cut no crops out of PDF and scan sources." };
        var lowConfidence = new Option<double>("--low-confidence") { Description = "OCR confidence below which a cell is marked (0..1).", DefaultValueFactory = _ => 0.6 };
        lowConfidence.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1)
            {
                r.AddError("--low-confidence lies in [0, 1].");
            }
        });
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("report", "Write a static HTML audit report of extracted documents.") { inputs, archive, sources, output, noCrops, lowConfidence, logJson, quiet };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(inputs) ?? []).Length == 0 && r.GetValue(archive) is null)
            {
                r.AddError("Name documents, folders of them, or --archive.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            return await ArchiveExit.RunAsync(logger, async () =>
            {
                var (documents, failed) = await DocumentInputs.LoadAsync(parsed.GetValue(inputs) ?? [], parsed.GetValue(archive), logger, cancellationToken).ConfigureAwait(false);
                var locator = new SourceLocator(parsed.GetValue(sources) ?? []);
                var reportInputs = documents.Select(d => new ReportInput(d.Name, d.Document, locator.Find(d))).ToArray();
                var options = new ReportOptions { Crops = !parsed.GetValue(noCrops), LowConfidence = parsed.GetValue(lowConfidence) };
                var folder = parsed.GetValue(output)!.FullName;
                ReportResult result;
                try
                {
                    result = new ReportWriter(options).Write(reportInputs, folder, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    logger.Error("{Folder}: the report cannot be written: {Reason}", folder, e.Message);
                    return CommandLine.SomeFailed;
                }

                foreach (var problem in result.Problems)
                {
                    logger.Warning("{Problem}", problem);
                }

                logger.Information(
                    "Report written to {Folder}: {DocumentCount} documents, {FormCount} forms, {FindingCount} findings, {CropCount} crops",
                    folder, result.Documents, result.Forms, result.Findings, result.Crops);
                return failed > 0 ? CommandLine.SomeFailed : CommandLine.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
