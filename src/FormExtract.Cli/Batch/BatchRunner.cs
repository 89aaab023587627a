using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Pipeline;
using Serilog;
using Serilog.Context;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Runs the pipeline over many files, several at once. The one place that catches per document: a file
/// that cannot be read, or a bug met on one file, is logged with the file's name and written as a document
/// holding the error, and the batch goes on.
/// </summary>
internal sealed class BatchRunner(FormExtractor extractor, IDocumentSink sink, ILogger log, BatchOptions options)
{
    public async Task<IReadOnlyList<FileOutcome>> RunAsync(IReadOnlyList<BatchInput> inputs, Action<FileOutcome>? progress, CancellationToken cancellationToken)
    {
        var outcomes = new FileOutcome[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(inputs, parallel, async (input, ct) =>
        {
            var outcome = await RunOneAsync(input, ct).ConfigureAwait(false);
            outcomes[input.Index] = outcome;
            progress?.Invoke(outcome);
        }).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<FileOutcome> RunOneAsync(BatchInput input, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("File", input.DisplayPath);
        InputFile file;
        try
        {
            file = await InputFile.LoadAsync(input.FullPath, input.DisplayPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Error("{File}: cannot be opened: {Reason}", input.DisplayPath, e.Message);
            await SkipAsync(input, cancellationToken).ConfigureAwait(false);
            return FileOutcome.Failed(input, e.Message);
        }

        if (options.Resume && await sink.IsDoneAsync(input, file.Sha256, cancellationToken).ConfigureAwait(false))
        {
            log.Debug("{File}: already extracted, skipped", input.DisplayPath);
            return new FileOutcome(input, FileStatus.Skipped, 0, 0, 0, null);
        }

        ExtractionResult result;
        try
        {
            result = await extractor.ExtractAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug met on this file must not cost the other files their output.
            log.Error(e, "{File}: extraction failed unexpectedly", input.DisplayPath);
            var failure = new ExtractionWarning("internal-error", $"{input.DisplayPath}: extraction failed: {e.Message}");
            result = ExtractionResult.Failed(new SourceInfo { Path = file.Path, Sha256 = file.Sha256, Format = SourceFormat.Text }, failure);
        }

        await sink.WriteAsync(input, result.Document, cancellationToken).ConfigureAwait(false);
        return Report(input, result);
    }

    private FileOutcome Report(BatchInput input, ExtractionResult result)
    {
        var document = result.Document;
        if (result.Failure is { } failure)
        {
            // Readers name the file in their messages; the File property still comes from the log context.
            log.Error("{Problem}", failure.Message);
            return FileOutcome.Failed(input, failure.Message);
        }

        var findings = document.Forms.SelectMany(f => f.Findings).ToArray();
        var errors = findings.Count(f => f.Severity == Severity.Error);
        foreach (var warning in document.Warnings)
        {
            log.Warning("{File}{Place}: {Code}: {Message}", input.DisplayPath, Place(warning), warning.Code, warning.Message);
        }

        log.Information(
            "Read {FormCount} forms from {File}: {WarningCount} extraction warnings, {FindingCount} findings ({ErrorCount} errors)",
            document.Forms.Count, input.DisplayPath, document.Warnings.Count, findings.Length, errors);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        return new FileOutcome(input, FileStatus.Written, document.Forms.Count, document.Warnings.Count, errors, null, warnings, document.Source.Pages ?? 1);
    }

    private async Task SkipAsync(BatchInput input, CancellationToken cancellationToken)
    {
        if (sink is JsonLinesSink lines)
        {
            await lines.SkipAsync(input, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Place(ExtractionWarning warning) => (warning.Page, warning.Line) switch
    {
        ({ } page, _) => $" page {page}",
        (_, { } line) => $":{line}",
        _ => string.Empty,
    };
}
