using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Office.Word;

namespace FormExtract.Office.Sheets;

/// <summary>
/// Reads forms kept in Excel workbooks (XLSX, and XLSM, whose macros are neither run nor read): each visible
/// sheet, in the workbook's order, becomes its grid of rows with merged ranges spanning as Excel shows them, so
/// that the same templates, roles and validator read it as they read an HTML page. Numbers are printed as their
/// number format prints them (<see cref="NumberText"/>); cells carry their reference (<c>Sheet1!D7</c>) and formula.
/// Sheets are streamed within <see cref="OfficeReaderOptions.MaxRows"/> and <see cref="OfficeReaderOptions.MaxCells"/>.
/// </summary>
public sealed class XlsxSheetReader : IDocumentReader
{
    public const string RowsOverLimitCode = "xlsx-rows-over-limit";

    private readonly OfficeReaderOptions _options;

    public XlsxSheetReader(OfficeReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public XlsxSheetReader()
        : this(OfficeReaderOptions.Default)
    {
    }

    public SourceFormat Format => SourceFormat.Xlsx;

    public bool CanRead(InputFile file) => OfficeSniffer.Sniff(file) is { Kind: OfficeKind.Workbook, IsLegacy: false };

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (OfficeSniffer.Sniff(file) is { Problem: { } problem } sniffed)
        {
            return ReadResult.Fail(sniffed.ProblemCode!, $"{file.Path}: {problem}.");
        }

        return ReadPackage(file.Path, file.Bytes, cancellationToken);
    }

    /// <summary>Reads the bytes of an XLSX package; <paramref name="path"/> names the file in messages.</summary>
    internal ReadResult ReadPackage(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(PackageStream.Of(bytes), isEditable: false, new OpenSettings { MaxCharactersInPart = _options.MaxPartCharacters });
            if (document.WorkbookPart is not { Workbook: { } workbook } workbookPart)
            {
                return ReadResult.Fail(OfficeSniffer.UnreadableCode, $"{path}: the Excel package has no workbook.");
            }

            var warnings = new List<ExtractionWarning>();
            if (document.DocumentType == SpreadsheetDocumentType.MacroEnabledWorkbook || workbookPart.VbaProjectPart is not null)
            {
                warnings.Add(new ExtractionWarning(DocxTableReader.MacrosCode, $"{path}: the workbook is macro-enabled; its macros were neither run nor read, only its cells."));
            }

            var stream = new SheetStream(SharedStrings.Read(workbookPart, _options.MaxCells, cancellationToken), CellStyles.Of(workbookPart));
            var budget = new ReadBudget(_options.MaxRows, _options.MaxCells);
            var rows = new List<LayoutRow>();
            var hidden = new List<string>();
            foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? string.Empty;
                if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
                {
                    hidden.Add(name);
                    continue;
                }

                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var content = stream.Read(part, budget, cancellationToken);
                rows.AddRange(SheetGrid.Rows(name, content));
                if (content.StoppedAt is { } stopped)
                {
                    warnings.Add(new ExtractionWarning(RowsOverLimitCode,
                        $"{path}: reading stopped at {stopped.On(name)}: the workbook holds more than {_options.MaxRows:N0} rows or {_options.MaxCells:N0} cells with values (OfficeReaderOptions.MaxRows, MaxCells); the rest was not read.",
                        Path: stopped.On(name)));
                    break;
                }
            }

            if (hidden.Count > 0)
            {
                warnings.Add(new ExtractionWarning("xlsx-hidden-sheets", $"{path}: hidden sheets were not read: {string.Join(", ", hidden)}."));
            }

            return ReadResult.Success(new LayoutDocument(rows) { Warnings = warnings });
        }
        catch (Exception exception) when (DocxTableReader.IsTooLarge(exception))
        {
            return ReadResult.Fail(DocxTableReader.TooLargeCode, $"{path}: a part of the Excel package holds more than {_options.MaxPartCharacters:N0} characters (OfficeReaderOptions.MaxPartCharacters); it was not read.");
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException)
        {
            return ReadResult.Fail(OfficeSniffer.UnreadableCode, $"{path}: the Excel package cannot be read: {exception.Message.TrimEnd('.')}.");
        }
    }
}
