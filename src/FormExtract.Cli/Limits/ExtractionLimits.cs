using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;
using FormExtract.Pdf;

namespace FormExtract.Cli.Limits;

/// <summary>
/// The bounds of one file, each kept by the stage that reads (the batch: bytes and time; each reader: its own
/// bounds), gathered here so that <c>--limit NAME=VALUE</c> can set any of them. Defaults are the options
/// records' own, documented there and in the README.
/// </summary>
internal sealed record ExtractionLimits
{
    public static ExtractionLimits Default { get; } = new();

    /// <summary>Bytes read from one input file at most (<c>file-bytes</c>). Default 256 MiB.</summary>
    public long FileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Time one file may take (<c>seconds</c>). Default 30 minutes.</summary>
    public TimeSpan FileTime { get; init; } = TimeSpan.FromMinutes(30);

    public TextReaderOptions Text { get; init; } = TextReaderOptions.Default;

    public HtmlReaderOptions Html { get; init; } = HtmlReaderOptions.Default;

    public PdfReaderOptions Pdf { get; init; } = PdfReaderOptions.Default;

    public OcrOptions Ocr { get; init; } = OcrOptions.Default;
}
