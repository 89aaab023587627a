using FormExtract.Cli.Files;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Pipeline;
using Serilog;
using Serilog.Context;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Runs the pipeline over many files, several at once. The one place that catches per document: a file
/// that cannot be read or written, that takes longer than its time limit, or a bug met on one file, is
/// logged with the file's name and counted as that file's failure (with a document holding the error where
/// one can be written), and the batch goes on. A cancelled batch (a signal) stops taking files and returns
/// what it finished.
/// </summary>
internal sealed class BatchRunner(FormExtractor extractor, IDocumentSink sink, ILogger log, BatchOptions options)
{
    public const string InternalErrorCode = "internal-error";

    private readonly InputReader _reader = new(options.MaxFileBytes);

    public async Task<BatchRun> RunAsync(IReadOnlyList<BatchInput> inputs, Action<FileOutcome>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var outcomes = new FileOutcome?[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        var interrupted = false;
        try
        {
            await Parallel.ForEachAsync(inputs, parallel, async (input, ct) =>
            {
                var outcome = await RunOneAsync(input, ct).ConfigureAwait(false);
                outcomes[input.Index] = outcome;
                progress?.Invoke(outcome);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        foreach (var (input, problem) in sink.Failures)
        {
            using var _ = LogContext.PushProperty("File", input.LogName);
            log.Error("{Problem}", NativePath.Escape(problem));
            outcomes[input.Index] = FileOutcome.Failed(input, problem);
        }

        return new BatchRun(outcomes.OfType<FileOutcome>().ToArray(), interrupted);
    }

    private async Task<FileOutcome> RunOneAsync(BatchInput input, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("File", input.LogName);
        var read = await _reader.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        if (read.File is not { } file)
        {
            var unreadable = new ExtractionWarning(FormExtractor.UnreadableCode, $"{input.DisplayPath}: {read.Problem}.");
            var source = new SourceInfo { Path = input.DisplayPath, Sha256 = read.UnreadSha256!, Format = SourceFormat.Text };
            return await WriteAsync(input, extractor.Stamp(ExtractionResult.Failed(source, unreadable)), cancellationToken).ConfigureAwait(false);
        }

        if (options.Resume && sink.IsDone(input, file.Sha256))
        {
            log.Debug("{File}: already extracted, skipped", input.LogName);
            await sink.PassAsync(input, cancellationToken).ConfigureAwait(false);
            return new FileOutcome(input, FileStatus.Skipped, 0, 0, 0, null);
        }

        return await WriteAsync(input, await ExtractAsync(input, file, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ExtractionResult> ExtractAsync(BatchInput input, InputFile file, CancellationToken cancellationToken)
    {
        // The batch bounds each file's time itself (the extractor is given no time bound), so that the
        // message names the setting a user of the command line changes.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.FileTimeLimit);
        try
        {
            return await extractor.ExtractAsync(file, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var late = new ExtractionWarning(FormExtractor.TimeLimitCode, $"{input.DisplayPath}: reading it took longer than the {options.FileTimeLimit.TotalSeconds:0} s allowed for one file (--limit seconds); it was stopped.");
            return extractor.Stamp(ExtractionResult.Failed(Source(file), late));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug met on this file must not cost the other files their output.
            log.Error(e, "{File}: extraction failed unexpectedly", input.LogName);
            var failure = new ExtractionWarning(InternalErrorCode, $"{input.DisplayPath}: extraction failed: {e.Message}");
            return extractor.Stamp(ExtractionResult.Failed(Source(file), failure));
        }
    }

    private async Task<FileOutcome> WriteAsync(BatchInput input, ExtractionResult result, CancellationToken cancellationToken)
    {
        try
        {
            await sink.WriteAsync(input, result.Document, failed: !Succeeded(result), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException and not OutputClosedException or UnauthorizedAccessException)
        {
            // Only this input is lost (a name the file system refuses, a full disk, a read-only folder).
            log.Error("{File}: its document cannot be written: {Reason}", input.LogName, NativePath.Escape(e.Message));
            await sink.PassAsync(input, cancellationToken).ConfigureAwait(false);
            return FileOutcome.Failed(input, $"{input.DisplayPath}: its document cannot be written ({e.Message})", result.Document.Forms.Count);
        }

        return Report(input, result);
    }

    private FileOutcome Report(BatchInput input, ExtractionResult result)
    {
        var document = result.Document;
        if (result.Failure is { } failure)
        {
            // Readers name the file in their messages; the File property still comes from the log context.
            log.Error("{Problem}", NativePath.Escape(failure.Message));
            return FileOutcome.Failed(input, failure.Message);
        }

        var findings = document.Forms.SelectMany(f => f.Findings).ToArray();
        var errors = findings.Count(f => f.Severity == Severity.Error);
        foreach (var warning in document.Warnings)
        {
            log.Warning("{File}{Place}: {Code}: {Message}", input.LogName, Place(warning), warning.Code, NativePath.Escape(warning.Message));
        }

        log.Information(
            "Read {FormCount} forms from {File}: {WarningCount} extraction warnings, {FindingCount} findings ({ErrorCount} errors)",
            document.Forms.Count, input.LogName, document.Warnings.Count, findings.Length, errors);
        if (document.Forms.Count == 0)
        {
            // A file with no form in it is a failure (the README's promise): the batch's exit code says so.
            var codes = string.Join(", ", document.Warnings.Select(w => w.Code).Distinct());
            var reason = $"{input.DisplayPath}: no form was found in it{(codes.Length > 0 ? $" ({codes})" : string.Empty)}.";
            return new FileOutcome(input, FileStatus.Failed, 0, document.Warnings.Count, 0, reason, Pages: document.Source.Pages ?? 1);
        }

        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        return new FileOutcome(input, FileStatus.Written, document.Forms.Count, document.Warnings.Count, errors, null, warnings, document.Source.Pages ?? 1);
    }

    private static bool Succeeded(ExtractionResult result) => result.Failure is null && result.Document.Forms.Count > 0;

    private static SourceInfo Source(InputFile file) => new() { Path = file.Path, Sha256 = file.Sha256, Format = SourceFormat.Text };

    private static string Place(ExtractionWarning warning) => (warning.Page, warning.Line) switch
    {
        ({ } page, _) => $" page {page}",
        (_, { } line) => $":{line}",
        _ => string.Empty,
    };
}
