using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Office.Sheets;
using FormExtract.Office.Word;

namespace FormExtract.Office.Legacy;

/// <summary>
/// Reads one legacy Office format (DOC, WPS, XLS or ET; a reader per format, since the document records the format
/// read) by converting the file with LibreOffice (<see cref="LibreOfficeConverter"/>) and reading the DOCX or XLSX
/// it makes. The format is told by the bytes (a Word or a workbook compound file); the name only tells a WPS file
/// from a DOC and an ET from an XLS, which are written alike. A file that cannot be converted fails with
/// <c>office-conversion-failed</c>, naming it.
/// </summary>
public sealed class LegacyOfficeReader : IDocumentReader
{
    public const string ConversionFailedCode = "office-conversion-failed";

    private readonly LibreOfficeConverter _converter;
    private readonly DocxTableReader _docx;
    private readonly XlsxSheetReader _xlsx;

    public LegacyOfficeReader(SourceFormat format, LibreOfficeConverter converter, DocxTableReader docx, XlsxSheetReader xlsx)
    {
        Format = format is SourceFormat.Doc or SourceFormat.Wps or SourceFormat.Xls or SourceFormat.Et
            ? format
            : throw new ArgumentOutOfRangeException(nameof(format), format, "A legacy Office format: doc, wps, xls or et.");
        _converter = converter ?? throw new ArgumentNullException(nameof(converter));
        _docx = docx ?? throw new ArgumentNullException(nameof(docx));
        _xlsx = xlsx ?? throw new ArgumentNullException(nameof(xlsx));
    }

    public SourceFormat Format { get; }

    private OfficeKind Kind => Format is SourceFormat.Doc or SourceFormat.Wps ? OfficeKind.Word : OfficeKind.Workbook;

    /// <summary>The four legacy readers over one converter and the two package readers.</summary>
    public static IReadOnlyList<LegacyOfficeReader> All(OfficeReaderOptions options, DocxTableReader docx, XlsxSheetReader xlsx)
    {
        var converter = new LibreOfficeConverter(options);
        return [.. new[] { SourceFormat.Doc, SourceFormat.Wps, SourceFormat.Xls, SourceFormat.Et }.Select(f => new LegacyOfficeReader(f, converter, docx, xlsx))];
    }

    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (OfficeSniffer.Sniff(file) is not { IsLegacy: true } office || office.Kind != Kind)
        {
            return false;
        }

        var named = file.Extension is ".wps" or ".et";
        return Format is SourceFormat.Wps or SourceFormat.Et ? named : !named;
    }

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (converted, problem) = _converter.Convert(file.Bytes, Kind, cancellationToken);
        if (converted is null)
        {
            return ReadResult.Fail(ConversionFailedCode, $"{file.Path}: the {Format.ToString().ToUpperInvariant()} file could not be converted: {problem}.");
        }

        return Kind == OfficeKind.Word
            ? _docx.ReadPackage(file.Path, converted, cancellationToken)
            : _xlsx.ReadPackage(file.Path, converted, cancellationToken);
    }
}
