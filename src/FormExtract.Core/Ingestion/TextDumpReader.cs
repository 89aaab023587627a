using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// Reads forms from text: the file's encoding is found (<see cref="TextDecoder"/>), then how it lays out its
/// tables (<see cref="TextShapeDetector"/>): tab-separated rows, <c>|</c> rows, CSV, or, where no rows are left
/// (one cell per line, cells run together), a stream of cells whose rows are rebuilt from the layouts' words.
/// </summary>
public sealed class TextDumpReader : IDocumentReader
{
    private readonly PipeRows _pipes;
    private readonly CellTokens _tokens;
    private readonly StreamRows _stream;

    /// <summary>A reader that rebuilds rows with the words of the catalog's layouts.</summary>
    public TextDumpReader(TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _pipes = new PipeRows(catalog.HeaderLine);
        _tokens = new CellTokens(catalog);
        _stream = new StreamRows(catalog);
    }

    /// <summary>A reader that knows the layouts described in the library.</summary>
    public TextDumpReader()
        : this(TemplateCatalog.Default)
    {
    }

    public SourceFormat Format => SourceFormat.Text;

    public bool CanRead(InputFile file) => true;

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes.IsEmpty)
        {
            return ReadResult.Fail("empty-file", $"{file.Path}: the file is empty.");
        }

        var (decoded, problem) = TextDecoder.Decode(file.Bytes.Span);
        if (decoded is null)
        {
            return ReadResult.Fail("not-text", $"{file.Path}: cannot be read as text: {problem}.");
        }

        var lines = TextLine.Split(decoded.Text);
        var shape = TextShapeDetector.Detect(lines, decoded.Text);
        var rows = shape switch
        {
            TextShape.Tabs => TabRows.Read(lines, cancellationToken),
            TextShape.Pipes => _pipes.Read(lines, cancellationToken),
            TextShape.Csv => CsvRows.Read(decoded.Text, ',', cancellationToken),
            _ => _stream.Read(_tokens.Read(lines, cancellationToken)),
        };
        return ReadResult.Success(new LayoutDocument(rows) { Encoding = decoded.Encoding });
    }
}
