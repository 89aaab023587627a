using FormExtract.Core.Model;

namespace FormExtract.Cli.Batch;

/// <summary>Where a batch writes its documents: one JSON file per input, or one JSON Lines file.</summary>
internal interface IDocumentSink : IAsyncDisposable
{
    /// <summary>Whether this input's document was already written from the same bytes (for resuming).</summary>
    Task<bool> IsDoneAsync(BatchInput input, string sha256, CancellationToken cancellationToken);

    Task WriteAsync(BatchInput input, FormDocument document, CancellationToken cancellationToken);
}
