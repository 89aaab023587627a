using System.Text;
using AngleSharp.Html.Parser;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Html;

/// <summary>
/// Reads forms published as web pages: every data table becomes its grid of rows (spans as a browser shows
/// them), and text outside tables becomes one-cell rows in document order. Cells carry the source line of
/// their element; warnings name the place as a path such as <c>table[2] &gt; tr[5] &gt; td[3]</c>.
/// The page is parsed as browsers parse it (AngleSharp's HTML5 parser), so unclosed tags are repaired the
/// way a reader of the page sees them.
/// </summary>
public sealed class HtmlTableReader : IDocumentReader
{
    private const int SniffLength = 1024;

    public const string TooDeepCode = "html-too-deep";
    public const string TooLargeCode = "html-too-large";

    private static readonly string[] Markers = ["<html", "<!doctype html", "<table"];

    private readonly HtmlReaderOptions _options;
    private readonly LabelledLine _labelledLine;

    /// <summary>A reader with these limits that knows the header words of the catalog's layouts.</summary>
    public HtmlTableReader(HtmlReaderOptions options, TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        _options = options;
        _labelledLine = catalog.HeaderLine;
    }

    /// <summary>A reader with these limits that knows the layouts described in the library.</summary>
    public HtmlTableReader(HtmlReaderOptions options)
        : this(options, TemplateCatalog.Default)
    {
    }

    /// <summary>A reader with the default limits that knows the layouts described in the library.</summary>
    public HtmlTableReader()
        : this(HtmlReaderOptions.Default, TemplateCatalog.Default)
    {
    }

    public SourceFormat Format => SourceFormat.Html;

    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Extension is ".htm" or ".html" or ".xhtml")
        {
            return true;
        }

        var head = file.Bytes.Span[..Math.Min(file.Bytes.Length, SniffLength)];
        var text = head switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(head[3..]),
            [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(head[2..]),
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(head[2..]),
            _ => Encoding.Latin1.GetString(head),
        };
        return Markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
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
            return ReadResult.Fail(TooLargeCode, $"{file.Path}: the page is {Mebibytes(file.Bytes.Length)}, more than the {Mebibytes(_options.MaxBytes)} read from one page (HtmlReaderOptions.MaxBytes).");
        }

        var page = HtmlEncodingSniffer.Decode(file.Bytes.Span);
        if (NestingGauge.Depth(page.Text, _options.MaxNesting) is var depth && depth > _options.MaxNesting)
        {
            return ReadResult.Fail(TooDeepCode, $"{file.Path}: its elements nest more than {_options.MaxNesting} deep (HtmlReaderOptions.MaxNesting); it was not parsed.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(page.Text);
        var walked = HtmlLayoutWalker.Walk(document, new SourceLines(page.Text), _labelledLine, cancellationToken);
        var warnings = page.Warnings.Concat(walked.Warnings).ToList();
        if (walked.DataTables == 0)
        {
            warnings.Add(new ExtractionWarning("no-table", $"{file.Path}: the page holds no table with text; only its paragraphs were read."));
        }

        return ReadResult.Success(new LayoutDocument(walked.Rows) { Encoding = page.Encoding, Warnings = warnings });
    }

    private static string Mebibytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";
}
