using System.CommandLine;
using FormExtract.Cli.Archive;
using FormExtract.Cli.Documents;
using FormExtract.Cli.Logging;
using FormExtract.Core.Output;
using FormExtract.Core.Validation;
using FormExtract.Export;
using FormExtract.Report;
using Serilog;

namespace FormExtract.Cli.Commands;

/// <summary>
/// <c>formextract review export INPUT… --xlsx review.xlsx</c> lists the cells to check (low confidence, behind a
/// finding, named by a warning) with their reading, place and crop; <c>formextract review apply review.xlsx</c>
/// writes the filled <c>corrected</c> column into the documents, keeping the original readings, and
/// recomputes their findings. A document with nothing to correct is not rewritten.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create() => new("review", "Check uncertain cells in a spreadsheet and write the corrections back.") { Export(), Apply() };

    private static Command Export()
    {
        var inputs = DocumentOptions.Inputs();
        var archive = DocumentOptions.Archive();
        var sources = DocumentOptions.Sources();
        var xlsx = new Option<FileInfo>("--xlsx") { Description = "The review workbook to write.", Required = true };
        var lowConfidence = new Option<double>("--low-confidence") { Description = "List cells read with an OCR confidence below this (0..1).", DefaultValueFactory = _ => 0.6 };
        var noCrops = new Option<bool>("--no-crops") { Description = "Put no crops of PDF and scan sources into the workbook." };
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("export", "List the cells to check in a review workbook.") { inputs, archive, sources, xlsx, lowConfidence, noCrops, logJson, quiet };
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
                var items = new List<ReviewItem>();
                foreach (var document in documents)
                {
                    var (crops, problem) = SourceCrops.Open(document.Document, parsed.GetValue(noCrops) ? null : locator.Find(document), new ReportOptions().CropDpi);
                    using (crops)
                    {
                        if (problem is not null && !parsed.GetValue(noCrops))
                        {
                            logger.Warning("{File}: {Problem}", document.Name, problem);
                        }

                        items.AddRange(ReviewList.From([new ExportDocument(document.Name, document.Document)], parsed.GetValue(lowConfidence), (_, cell) => crops.Crop(cell).Png));
                    }
                }

                try
                {
                    ReviewWorkbook.Write(items, parsed.GetValue(xlsx)!.FullName);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    logger.Error("{File}: the workbook cannot be written: {Reason}", parsed.GetValue(xlsx)!.FullName, e.Message);
                    return CommandLine.SomeFailed;
                }

                logger.Information("Wrote {File}: {CellCount} cells to check in {DocumentCount} documents", parsed.GetValue(xlsx)!.FullName, items.Count, documents.Count);
                return failed > 0 ? CommandLine.SomeFailed : CommandLine.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Apply()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "A review workbook made by 'review export', its 'corrected' column filled." };
        var at = new Option<DateTime?>("--at") { Description = "The time the corrections record (UTC, e.g. 2024-05-01T08:00:00Z); default now." };
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("apply", "Write the corrections of a review workbook into its documents and recompute their findings.") { workbook, at, logJson, quiet };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            var file = parsed.GetValue(workbook)!;
            var (corrections, problem) = ReviewWorkbook.Read(file.FullName);
            if (problem is not null)
            {
                logger.Error("{Problem}", problem);
                return CommandLine.SomeFailed;
            }

            var when = parsed.GetValue(at)?.ToUniversalTime() ?? DateTime.UtcNow;
            var applier = new ReviewApplier(FormValidator.CreateDefault());
            var failed = 0;
            foreach (var group in corrections.GroupBy(c => c.Document, StringComparer.Ordinal))
            {
                failed += await ApplyAsync(group.Key, [.. group], file, applier, when, logger, cancellationToken).ConfigureAwait(false);
            }

            logger.Information("Applied {File}: {CorrectionCount} corrections listed", file.FullName, corrections.Count);
            return failed > 0 ? CommandLine.SomeFailed : CommandLine.Success;
        });
        return command;
    }

    /// <summary>Corrects one document and rewrites it in place; returns how many corrections failed.</summary>
    private static async Task<int> ApplyAsync(string name, IReadOnlyList<ReviewCorrection> corrections, FileInfo workbook, ReviewApplier applier, DateTime at, ILogger logger, CancellationToken cancellationToken)
    {
        if (name.StartsWith("archive:", StringComparison.Ordinal))
        {
            logger.Error("{File}: corrections to archived documents are not written back yet; export the document to JSON and review that", name);
            return corrections.Count;
        }

        // The name as the export was given it: from the current folder, else beside the workbook.
        var path = File.Exists(name) ? name : Path.Combine(workbook.DirectoryName ?? ".", name);
        if (!File.Exists(path))
        {
            logger.Error("{File}: the document of rows {Rows} is not found", name, string.Join(", ", corrections.Select(c => c.Row)));
            return corrections.Count;
        }

        var read = FormExtract.DocumentParser.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        if (read.Document is not { } document)
        {
            logger.Error("{File}: not a FormExtract document ({Problem}); its corrections are not applied", name, read.Problems.Count > 0 ? read.Problems[0].Message : null);
            return corrections.Count;
        }

        var outcome = applier.Apply(document, corrections, at);
        foreach (var problem in outcome.Problems)
        {
            logger.Error("{File}: {Problem}", name, problem);
        }

        if (outcome.Applied > 0)
        {
            await ReplaceAsync(path, DocumentJson.SerializeToUtf8(outcome.Document), cancellationToken).ConfigureAwait(false);
            logger.Information("{File}: {Applied} cells corrected, {FindingCount} findings now", name, outcome.Applied, outcome.Document.Forms.Sum(f => f.Findings.Count));
        }

        return outcome.Problems.Count;
    }

    private static async Task ReplaceAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".formextract-{Environment.ProcessId}-{Guid.NewGuid():N}.partial");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
