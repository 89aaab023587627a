using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Pipeline;

/// <summary>
/// The whole pipeline for one file: the first reader that takes it lays it out, the assembler builds the
/// forms, the validator adds findings. A file no reader can read yields a document with an error warning.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly FormAssembler _assembler;
    private readonly FormValidator _validator;

    public DocumentExtractor(IEnumerable<IDocumentReader> readers, FormAssembler assembler, FormValidator validator)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers.ToArray();
        _assembler = assembler ?? throw new ArgumentNullException(nameof(assembler));
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
    }

    public ExtractionResult Extract(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var reader = _readers.FirstOrDefault(r => r.CanRead(file));
        if (reader is null)
        {
            var unknown = new ExtractionWarning("unsupported-format", $"{file.Path}: no reader takes this kind of file.");
            return ExtractionResult.Failed(Source(file, SourceFormat.Text, null), unknown);
        }

        var read = reader.Read(file, cancellationToken);
        if (read.Document is not { } layout)
        {
            return ExtractionResult.Failed(Source(file, reader.Format, null), read.Failure!);
        }

        var assembled = _assembler.Assemble(layout);
        var forms = assembled.Forms.Select(_validator.Revalidate).ToArray();
        var document = new FormDocument
        {
            Source = Source(file, reader.Format, layout),
            Forms = forms,
            Warnings = [.. layout.Warnings, .. assembled.Warnings],
        };
        return new ExtractionResult(document, Failure: null);
    }

    private static SourceInfo Source(InputFile file, SourceFormat format, Layout.LayoutDocument? layout) => new()
    {
        Path = file.Path,
        Sha256 = file.Sha256,
        Format = format,
        Encoding = layout?.Encoding,
        Pages = layout?.Pages,
        Ocr = layout?.Ocr ?? false,
    };
}
