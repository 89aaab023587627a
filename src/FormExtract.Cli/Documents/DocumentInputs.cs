using FormExtract.Archive;
using FormExtract.Archive.Storage;
using Serilog;

namespace FormExtract.Cli.Documents;

/// <summary>
/// The documents the report, export and review commands read: JSON documents named on the command line,
/// the <c>*.json</c> documents found in folders (recursively, in ordinal order, hidden ones and
/// <c>*.expected.json</c> ground truth left out), and the documents an archive holds. A file that is not a
/// document is named in the log with the field that makes it none, and the others are read.
/// </summary>
internal static class DocumentInputs
{
    public static async Task<(IReadOnlyList<LoadedDocument> Documents, int Failed)> LoadAsync(
        IEnumerable<string> paths, string? archive, ILogger logger, CancellationToken cancellationToken)
    {
        var documents = new List<LoadedDocument>();
        var failed = 0;
        foreach (var file in Files(paths, logger, ref failed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text;
            try
            {
                text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed++;
                logger.Error("{File}: cannot be read: {Reason}", file, e.Message);
                continue;
            }

            if (Parse(file, text, logger) is { } document)
            {
                documents.Add(new LoadedDocument(file, file, document));
            }
            else
            {
                failed++;
            }
        }

        if (archive is not null)
        {
            await using var store = await Archives.OpenReadOnlyAsync(ArchiveTarget.Parse(archive), logger, cancellationToken).ConfigureAwait(false);
            var rows = await store.QueryAsync("SELECT sha256, document_json FROM documents ORDER BY id", cancellationToken).ConfigureAwait(false);
            foreach (var row in rows.Rows)
            {
                var name = $"archive:{row[0]}";
                if (row[1] is { } json && Parse(name, json, logger) is { } document)
                {
                    documents.Add(new LoadedDocument(name, null, document));
                }
                else
                {
                    failed++;
                }
            }
        }

        return (documents, failed);
    }

    private static Core.Model.FormDocument? Parse(string name, string json, ILogger logger)
    {
        var read = FormExtract.DocumentParser.Parse(json);
        if (read.Document is { } document)
        {
            return document;
        }

        logger.Error("{File}: not a FormExtract document, left out", name);
        foreach (var problem in read.Problems)
        {
            logger.Error("{File}: {Field}: {Problem}", name, problem.Path.Length == 0 ? "(whole file)" : problem.Path, problem.Message);
        }

        return null;
    }

    private static List<string> Files(IEnumerable<string> paths, ILogger logger, ref int failed)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                failed++;
                logger.Error("{File}: no such file or folder", path);
            }
        }

        return files;
    }
}
