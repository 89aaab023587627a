using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using Serilog;

namespace FormExtract.Archive.Loading;

/// <summary>
/// Extraction as the archive uses it: the library's extractor (each file bounded in bytes and time by its
/// limits), with a bug met on one file turned into that file's failure, as the batch runner does, so a load
/// or a worker goes on with the next file.
/// </summary>
public sealed class DocumentReading(FormExtractor extractor, ILogger log)
{
    /// <summary>The code of a failure that is a bug met on the file, as <c>extract</c> records it.</summary>
    public const string InternalErrorCode = "internal-error";

    /// <summary>The code of a failure that is the archive refusing the document's rows.</summary>
    public const string RefusedCode = "archive-refused";

    public async Task<ExtractedFile> ReadAsync(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ExtractionResult result;
        try
        {
            result = await extractor.ExtractAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.Error(e, "{File}: extraction failed unexpectedly", file.Path);
            result = Failed(file.Path, file.Sha256, new ExtractionWarning(InternalErrorCode, $"{file.Path}: extraction failed: {e.Message}"));
        }

        return new ExtractedFile(result.Document, DocumentJson.Serialize(result.Document), result.Failure);
    }

    /// <summary>The failed document that stands for one the archive refused.</summary>
    public ExtractedFile Refused(SourceInfo source, string problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = Failed(source.Path, source.Sha256, new ExtractionWarning(RefusedCode, problem));
        return new ExtractedFile(result.Document, DocumentJson.Serialize(result.Document), result.Failure);
    }

    private ExtractionResult Failed(string path, string sha256, ExtractionWarning failure) =>
        extractor.Stamp(ExtractionResult.Failed(new SourceInfo { Path = path, Sha256 = sha256, Format = SourceFormat.Text }, failure));
}
