using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Forms;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;

namespace FormExtract;

/// <summary>
/// The one entry point of the library: reads a file or a stream with the default readers (text, HTML, PDF,
/// OCR) and returns its document, forms validated, stamped with the tool version and the time of extraction.
/// A file that cannot be read still gives a document, holding an error warning that names the file; so does one
/// past the bounds of <see cref="FormExtractorOptions.Limits"/> (too large to read, or too long to read).
/// Thread-safe; at most <see cref="FormExtractorOptions.Parallelism"/> extractions run at once.
/// </summary>
/// <example>
/// <code>
/// using var extractor = new FormExtractor(new FormExtractorOptions { Ocr = false });
/// var document = await extractor.ExtractAsync("forms.pdf", cancellationToken);
/// </code>
/// </example>
public sealed class FormExtractor : IDisposable
{
    /// <summary>The code of the error warning of a file that could not be read, or not whole (larger than <see cref="ExtractionLimits.FileBytes"/>).</summary>
    public const string UnreadableCode = "unreadable-file";

    /// <summary>The code of the error warning of a file whose reading took longer than <see cref="ExtractionLimits.FileTime"/>.</summary>
    public const string TimeLimitCode = "time-limit";

    private readonly FormExtractorOptions _options;
    private readonly DefaultReaders _readers;
    private readonly DocumentExtractor _pipeline;
    private readonly SemaphoreSlim _slots;

    public FormExtractor()
        : this(FormExtractorOptions.Default)
    {
    }

    public FormExtractor(FormExtractorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _readers = new DefaultReaders(options);
        // The model weighs every cell, printed or recognised; a missing or damaged file is an error here, not a fallback.
        var confidence = options is { ConfidenceModel: { } model } ? Ml.ConfidenceModel.Shared(model).Confidence(options.ReviewThreshold) : null;
        _pipeline = new DocumentExtractor(_readers.All, FormAssembler.Default, FormValidator.CreateDefault(), confidence);
        _slots = new SemaphoreSlim(options.Parallelism, options.Parallelism);
    }

    /// <summary>Reads the file at <paramref name="path"/>; the document's <c>source.path</c> is the path as given.</summary>
    public async Task<FormDocument> ExtractAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await ExtractAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a stream to its end; <paramref name="name"/> is the document's <c>source.path</c> (its extension helps tell the format).</summary>
    public async Task<FormDocument> ExtractAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var maxBytes = _options.Limits.FileBytes;
        var (bytes, length, sha256) = await BoundedRead.ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is not { } held)
        {
            var tooLarge = new ExtractionWarning(UnreadableCode, $"{name}: it is {Mebibytes(length)}, more than the {Mebibytes(maxBytes)} read from one file (ExtractionLimits.FileBytes).");
            return Stamp(ExtractionResult.Failed(new SourceInfo { Path = name, Sha256 = sha256, Format = SourceFormat.Text }, tooLarge)).Document;
        }

        return (await ExtractAsync(new InputFile(name, held), cancellationToken).ConfigureAwait(false)).Document;
    }

    /// <summary>Reads bytes already loaded; the result also says whether the file could be read at all.</summary>
    public async Task<ExtractionResult> ExtractAsync(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var limits = _options.Limits;
        if (file.Bytes.Length > limits.FileBytes)
        {
            var tooLarge = new ExtractionWarning(UnreadableCode, $"{file.Path}: it is {Mebibytes(file.Bytes.Length)}, more than the {Mebibytes(limits.FileBytes)} read from one file (ExtractionLimits.FileBytes).");
            return Stamp(ExtractionResult.Failed(Source(file), tooLarge));
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The time bound starts once the file has its turn, not while it waits for one.
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (limits.FileTime is { } time)
            {
                limit.CancelAfter(time);
            }

            try
            {
                // Reading a form is CPU work; it runs off the caller's thread so that callers stay responsive.
                var result = await Task.Run(() => _pipeline.Extract(file, limit.Token), limit.Token).ConfigureAwait(false);
                return Stamp(result);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                var late = new ExtractionWarning(TimeLimitCode, $"{file.Path}: reading it took longer than the {limits.FileTime!.Value.TotalSeconds:0} s allowed for one file (ExtractionLimits.FileTime); it was stopped.");
                return Stamp(ExtractionResult.Failed(Source(file), late));
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _readers.Dispose();
        _slots.Dispose();
    }

    private static SourceInfo Source(InputFile file) => new() { Path = file.Path, Sha256 = file.Sha256, Format = SourceFormat.Text };

    private static string Mebibytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";

    /// <summary>
    /// The result with the tool version and the time of extraction recorded in its source, as every result of
    /// this extractor has them: for a document its caller makes itself (a file it could not read).
    /// </summary>
    public ExtractionResult Stamp(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var at = (_options.ExtractedAt ?? _options.Clock.GetUtcNow()).UtcDateTime;
        var source = result.Document.Source with
        {
            ToolVersion = ToolVersion.Current,
            ExtractedAt = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
        };
        return result with { Document = result.Document with { Source = source } };
    }
}
