using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// Reads forms from text: the file's encoding is found (<see cref="TextDecoder"/>), then how it lays out its
/// tables (<see cref="TextShapeDetector"/>): tab-separated rows, <c>|</c> rows, CSV, columns aligned with spaces
/// (<see cref="AlignedRows"/>), a row per line with cells parted by single spaces (<see cref="SpacedRows"/>), or, where no rows are left
/// (one cell per line, cells run together), a stream of cells whose rows are rebuilt from the layouts' words.
/// </summary>
public sealed class TextDumpReader : IDocumentReader
{
    public const string TooLargeCode = "text-too-large";

    private readonly TextReaderOptions _options;
    private readonly PipeRows _pipes;
    private readonly AlignedRows _aligned;
    private readonly CellTokens _tokens;
    private readonly StreamRows _stream;
    private readonly SpacedRows _spaced;

    /// <summary>A reader with these limits that rebuilds rows with the words of the catalog's layouts.</summary>
    public TextDumpReader(TextReaderOptions options, TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        _options = options;
        _pipes = new PipeRows(catalog.HeaderLine);
        _aligned = new AlignedRows(catalog);
        _tokens = new CellTokens(catalog);
        _stream = new StreamRows(catalog);
        _spaced = new SpacedRows(catalog);
    }

    /// <summary>A reader with these limits that knows the layouts described in the library.</summary>
    public TextDumpReader(TextReaderOptions options)
        : this(options, TemplateCatalog.Default)
    {
    }

    /// <summary>A reader with the default limits that knows the layouts described in the library.</summary>
    public TextDumpReader()
        : this(TextReaderOptions.Default, TemplateCatalog.Default)
    {
    }

    public SourceFormat Format => SourceFormat.Text;

    /// <summary>Whatever no other reader took, except a file that starts as a binary format (a scan in which OCR found nothing).</summary>
    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return BinarySignature.Of(file.Bytes.Span) is null;
    }

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes.IsEmpty)
        {
            return ReadResult.Fail("empty-file", $"{file.Path}: the file is empty.");
        }

        if (file.Bytes.Length > _options.MaxBytes)
        {
            return ReadResult.Fail(TooLargeCode, $"{file.Path}: {Mebibytes(file.Bytes.Length)} of text, more than the {Mebibytes(_options.MaxBytes)} read from one text file (TextReaderOptions.MaxBytes).");
        }

        var (decoded, problem) = TextDecoder.Decode(file.Bytes.Span);
        if (decoded is null)
        {
            return ReadResult.Fail("not-text", $"{file.Path}: cannot be read as text: {problem}.");
        }

        var lines = DoubleSpacing.Undo(TextLine.Split(decoded.Text));
        var readWarnings = new List<ExtractionWarning>();
        var shape = TextShapeDetector.Detect(lines, decoded.Text);
        var rows = shape switch
        {
            TextShape.Tabs when TextShapeDetector.IsQuotedTsv(decoded.Text) => CsvRows.Read(decoded.Text, '\t', cancellationToken),
            TextShape.Tabs => TabRows.Read(lines, cancellationToken),
            TextShape.Pipes => _pipes.Read(lines, cancellationToken),
            TextShape.Csv => CsvRows.Read(decoded.Text, ',', cancellationToken),
            TextShape.Aligned => _aligned.Read(lines, cancellationToken),
            TextShape.Stream when _spaced.Fits(lines) => _spaced.Read(lines, cancellationToken),
            _ => _stream.Read(_tokens.Read(lines, cancellationToken), readWarnings),
        };
        var warnings = decoded.Warnings.Select(w => w with { Message = $"{file.Path}: {w.Message}." }).Concat(readWarnings).ToArray();
        return ReadResult.Success(new LayoutDocument(rows) { Encoding = decoded.Encoding, Warnings = warnings });
    }

    private static string Mebibytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";
}
