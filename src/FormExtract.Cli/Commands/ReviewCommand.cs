using System.CommandLine;
using FormExtract.Archive;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Archive;
using FormExtract.Cli.Documents;
using FormExtract.Cli.Files;
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

    /// <summary>How the export names a document it read from an archive: <c>archive:</c> and its SHA-256.</summary>
    private const string ArchivedPrefix = "archive:";

    private static Command Apply()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "A review workbook made by 'review export', its 'corrected' column filled." };
        var at = new Option<DateTime?>("--at") { Description = "The time the corrections record (UTC, e.g. 2024-05-01T08:00:00Z); default now." };
        var archive = DocumentOptions.Archive();
        archive.Description = "The archive the workbook's archived documents (archive:…) were exported from; their corrected readings replace them there.";
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("apply", "Write the corrections of a review workbook into its documents and recompute their findings.") { workbook, at, archive, logJson, quiet };
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
            var groups = corrections.GroupBy(c => c.Document, StringComparer.Ordinal).ToArray();
            foreach (var group in groups.Where(g => !g.Key.StartsWith(ArchivedPrefix, StringComparison.Ordinal)))
            {
                failed += await ApplyAsync(group.Key, [.. group], file, applier, when, logger, cancellationToken).ConfigureAwait(false);
            }

            var archived = groups.Where(g => g.Key.StartsWith(ArchivedPrefix, StringComparison.Ordinal)).ToArray();
            if (archived.Length > 0 && parsed.GetValue(archive) is not { } target)
            {
                logger.Error("{File}: corrections to archived documents need the archive they came from (--archive)", file.FullName);
                failed += archived.Sum(g => g.Count());
            }
            else if (archived.Length > 0)
            {
                try
                {
                    failed += await ApplyToArchiveAsync(parsed.GetValue(archive)!, archived, applier, when, logger, cancellationToken).ConfigureAwait(false);
                }
                catch (ArchiveException e)
                {
                    logger.Error("{Code}: {Problem}", e.Code, e.Message);
                    failed += archived.Sum(g => g.Count());
                }
            }

            logger.Information("Applied {File}: {CorrectionCount} corrections listed", file.FullName, corrections.Count);
            return failed > 0 ? CommandLine.SomeFailed : CommandLine.Success;
        });
        return command;
    }

    /// <summary>Corrects one document and rewrites it in place; returns how many corrections failed.</summary>
    private static async Task<int> ApplyAsync(string name, IReadOnlyList<ReviewCorrection> corrections, FileInfo workbook, ReviewApplier applier, DateTime at, ILogger logger, CancellationToken cancellationToken)
    {
        // The name as the export was given it: from the current folder, else beside the workbook.
        var path = File.Exists(name) ? name : Path.Combine(workbook.DirectoryName ?? ".", name);
        if (!File.Exists(path))
        {
            logger.Error("{File}: the document of rows {Rows} is not found", name, string.Join(", ", corrections.Select(c => c.Row)));
            return corrections.Count;
        }

        try
        {
            return await CorrectAsync(name, path, corrections, applier, at, logger, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // One document that cannot be read or rewritten costs its own corrections, not the others'.
            logger.Error("{File}: the document cannot be read or rewritten, so it is left as it was: {Reason}", name, e.Message);
            return corrections.Count;
        }
    }

    private static async Task<int> CorrectAsync(string name, string path, IReadOnlyList<ReviewCorrection> corrections, ReviewApplier applier, DateTime at, ILogger logger, CancellationToken cancellationToken)
    {
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
            await AtomicFile.ReplaceAsync(path, DocumentJson.SerializeToUtf8(outcome.Document), cancellationToken).ConfigureAwait(false);
            logger.Information("{File}: {Applied} cells corrected, {FindingCount} findings now", name, outcome.Applied, outcome.Document.Forms.Sum(f => f.Findings.Count));
        }

        return outcome.Problems.Count;
    }

    /// <summary>
    /// Corrects archived documents: each corrected reading takes the place of the archived one in a load of its own
    /// (command <c>review apply</c>), so the archive's tables and views show the corrected figures and findings.
    /// Returns how many corrections failed.
    /// </summary>
    private static async Task<int> ApplyToArchiveAsync(string target, IGrouping<string, ReviewCorrection>[] documents, ReviewApplier applier, DateTime at, ILogger logger, CancellationToken cancellationToken)
    {
        await using var store = await Archives.OpenAsync(ArchiveTarget.Parse(target), logger, cancellationToken).ConfigureAwait(false);
        long? loadId = null;
        var failed = 0;
        foreach (var group in documents)
        {
            var sha256 = group.Key[ArchivedPrefix.Length..];
            // The name comes from a workbook a person edited: only a SHA-256 goes into the query.
            var rows = System.Text.RegularExpressions.Regex.IsMatch(sha256, "^[0-9a-f]{64}$")
                ? (await store.QueryAsync($"SELECT document_json, source_path, size_bytes, reader_version FROM documents WHERE sha256 = '{sha256}'", cancellationToken).ConfigureAwait(false)).Rows
                : [];
            if (rows.Count == 0 || rows[0][0] is not string json || FormExtract.DocumentParser.Parse(json).Document is not { } document)
            {
                logger.Error("{File}: not in the archive {Archive}; its corrections are not applied", group.Key, ArchiveTarget.Parse(target));
                failed += group.Count();
                continue;
            }

            var outcome = applier.Apply(document, [.. group], at);
            foreach (var problem in outcome.Problems)
            {
                logger.Error("{File}: {Problem}", group.Key, problem);
            }

            failed += outcome.Problems.Count;
            if (outcome.Applied == 0)
            {
                continue;
            }

            var readerVersion = Convert.ToInt32(rows[0][3], System.Globalization.CultureInfo.InvariantCulture);
            loadId ??= await store.StartLoadAsync("review apply", documents.Length, readerVersion, cancellationToken).ConfigureAwait(false);
            var entry = new ArchiveEntry(loadId.Value, (string)rows[0][1]!, outcome.Document, System.Text.Encoding.UTF8.GetString(DocumentJson.SerializeToUtf8(outcome.Document)),
                Convert.ToInt64(rows[0][2], System.Globalization.CultureInfo.InvariantCulture), readerVersion, failure: null, replace: false) { Corrected = true };
            await store.StoreAsync(entry, cancellationToken).ConfigureAwait(false);
            logger.Information("{File}: {Applied} cells corrected in the archive, {FindingCount} findings now", group.Key, outcome.Applied, outcome.Document.Forms.Sum(f => f.Findings.Count));
        }

        if (loadId is { } id)
        {
            await store.FinishLoadAsync(id, cancellationToken).ConfigureAwait(false);
        }

        return failed;
    }
}
