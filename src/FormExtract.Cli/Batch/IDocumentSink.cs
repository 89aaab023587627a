using FormExtract.Core.Model;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Where a batch writes its documents: one JSON file per input, or one JSON Lines file. A write that fails
/// (a full disk, a name the file system refuses) throws <see cref="IOException"/> or
/// <see cref="UnauthorizedAccessException"/> and costs that input only.
/// </summary>
internal interface IDocumentSink : IAsyncDisposable
{
    /// <summary>Whether this input's document was already written from the same bytes (for resuming).</summary>
    bool IsDone(BatchInput input, string sha256);

    /// <summary>Writes the input's document; <paramref name="failed"/>: it records why the input could not be read.</summary>
    Task WriteAsync(BatchInput input, FormDocument document, bool failed, CancellationToken cancellationToken);

    /// <summary>The input gives no document (skipped, or its write failed): later ones are not held back by it.</summary>
    Task PassAsync(BatchInput input, CancellationToken cancellationToken);

    /// <summary>Inputs whose document was accepted but could not be written later (a JSON Lines file writes in order), and why.</summary>
    IReadOnlyDictionary<BatchInput, string> Failures { get; }
}
