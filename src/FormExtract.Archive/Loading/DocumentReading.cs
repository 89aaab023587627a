using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using Serilog;

namespace FormExtract.Archive.Loading;

/// <summary>
/// Extraction as the archive uses it: the CLI's pipeline, with a bug met on one file turned into that file's
/// failure (as the batch runner does), so a load or a worker goes on with the next file.
/// </summary>
public sealed class DocumentReading(DocumentExtractor extractor, ILogger log)
{
    public ExtractedFile Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ExtractionResult result;
        try
        {
            result = extractor.Extract(file, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.Error(e, "{File}: extraction failed unexpectedly", file.Path);
            var failure = new ExtractionWarning("internal-error", $"{file.Path}: extraction failed: {e.Message}");
            result = ExtractionResult.Failed(new SourceInfo { Path = file.Path, Sha256 = file.Sha256, Format = SourceFormat.Text }, failure);
        }

        return new ExtractedFile(result.Document, DocumentJson.Serialize(result.Document), result.Failure);
    }
}
