using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Office.Word;

/// <summary>
/// Reads forms written as Word documents (DOCX, and DOCM, whose macros are neither run nor read): every table
/// becomes its grid of rows with merged cells spanning as Word draws them, and the paragraphs between tables
/// become one-cell rows, so that the same templates, roles and validator read them as they read an HTML page.
/// Cells carry their place in the document (<c>table[2]/row[5]/column[3]</c>, <c>paragraph[4]</c>).
/// </summary>
public sealed class DocxTableReader : IDocumentReader
{
    public const string MacrosCode = "office-macros";
    public const string TooLargeCode = "office-too-large";

    private readonly OfficeReaderOptions _options;
    private readonly LabelledLine _labelledLine;

    public DocxTableReader(OfficeReaderOptions options, TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        _options = options;
        _labelledLine = catalog.HeaderLine;
    }

    public DocxTableReader(OfficeReaderOptions options)
        : this(options, TemplateCatalog.Default)
    {
    }

    public DocxTableReader()
        : this(OfficeReaderOptions.Default, TemplateCatalog.Default)
    {
    }

    public SourceFormat Format => SourceFormat.Docx;

    public bool CanRead(InputFile file) => OfficeSniffer.Sniff(file) is { Kind: OfficeKind.Word, IsLegacy: false };

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (OfficeSniffer.Sniff(file) is { Problem: { } problem } sniffed)
        {
            return ReadResult.Fail(sniffed.ProblemCode!, $"{file.Path}: {problem}.");
        }

        return ReadPackage(file.Path, file.Bytes, cancellationToken);
    }

    /// <summary>Reads the bytes of a DOCX package; <paramref name="path"/> names the file in messages.</summary>
    internal ReadResult ReadPackage(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var document = WordprocessingDocument.Open(PackageStream.Of(bytes), isEditable: false, Settings());
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return ReadResult.Fail(OfficeSniffer.UnreadableCode, $"{path}: the Word package has no document body.");
            }

            var (rows, dataTables) = WordBody.Walk(body, _labelledLine, cancellationToken);
            var warnings = new List<ExtractionWarning>();
            if (document.DocumentType == WordprocessingDocumentType.MacroEnabledDocument
                || document.MainDocumentPart.VbaProjectPart is not null)
            {
                warnings.Add(new ExtractionWarning(MacrosCode, $"{path}: the document is macro-enabled; its macros were neither run nor read, only its text."));
            }

            if (dataTables == 0)
            {
                warnings.Add(new ExtractionWarning("no-table", $"{path}: the document holds no table with text; only its paragraphs were read."));
            }

            return ReadResult.Success(new LayoutDocument(rows) { Warnings = warnings });
        }
        catch (Exception exception) when (IsTooLarge(exception))
        {
            return ReadResult.Fail(TooLargeCode, $"{path}: a part of the Word package holds more than {_options.MaxPartCharacters:N0} characters (OfficeReaderOptions.MaxPartCharacters); it was not read.");
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException)
        {
            return ReadResult.Fail(OfficeSniffer.UnreadableCode, $"{path}: the Word package cannot be read: {exception.Message.TrimEnd('.')}.");
        }
    }

    private OpenSettings Settings() => new() { MaxCharactersInPart = _options.MaxPartCharacters, AutoSave = false };

    /// <summary>Whether the XML reader stopped at <see cref="OfficeReaderOptions.MaxPartCharacters"/> (the SDK passes it on as MaxCharactersInDocument).</summary>
    internal static bool IsTooLarge(Exception exception) =>
        (exception is XmlException or InvalidOperationException or OpenXmlPackageException
            && exception.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        || (exception.InnerException is { } inner && IsTooLarge(inner));

}
