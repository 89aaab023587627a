using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Pipeline;

namespace FormExtract;

/// <summary>
/// The one entry point of the library: reads a file or a stream with the default readers (text, HTML, PDF,
/// OCR) and returns its document, forms validated, stamped with the tool version and the time of extraction.
/// A file that cannot be read still gives a document, holding an error warning that names the file.
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
        _pipeline = DocumentExtractor.WithReaders(_readers.All);
        _slots = new SemaphoreSlim(options.Parallelism, options.Parallelism);
    }

    /// <summary>Reads the file at <paramref name="path"/>; the document's <c>source.path</c> is the path as given.</summary>
    public async Task<FormDocument> ExtractAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new InputFile(path, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
        return (await ExtractAsync(file, cancellationToken).ConfigureAwait(false)).Document;
    }

    /// <summary>Reads a stream to its end; <paramref name="name"/> is the document's <c>source.path</c> (its extension helps tell the format).</summary>
    public async Task<FormDocument> ExtractAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var file = new InputFile(name, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        return (await ExtractAsync(file, cancellationToken).ConfigureAwait(false)).Document;
    }

    /// <summary>Reads bytes already loaded; the result also says whether the file could be read at all.</summary>
    public async Task<ExtractionResult> ExtractAsync(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Reading a form is CPU work; it runs off the caller's thread so that callers stay responsive.
            var result = await Task.Run(() => _pipeline.Extract(file, cancellationToken), cancellationToken).ConfigureAwait(false);
            return Stamp(result);
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

    private ExtractionResult Stamp(ExtractionResult result)
    {
        var at = (_options.ExtractedAt ?? _options.Clock.GetUtcNow()).UtcDateTime;
        var source = result.Document.Source with
        {
            ToolVersion = ToolVersion.Current,
            ExtractedAt = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
        };
        return result with { Document = result.Document with { Source = source } };
    }
}
