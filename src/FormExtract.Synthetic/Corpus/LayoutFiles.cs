using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;

namespace FormExtract.Synthetic.Corpus;

/// <summary>
/// Renders the files of a layout other than the national one: each file's forms printed as the layout's table,
/// then as a tab-separated dump, an HTML page, that page printed by Chromium, the print scanned at 300 dpi,
/// photographed by a phone (both printed in the corpus's scan face, rows split where it asks), or scanned coarsely (150 dpi, or black and white).
/// </summary>
internal sealed class LayoutFiles(SyntheticLayout layout, ExternalRenderers? external, HtmlStyle scanFace)
{
    /// <summary>The scans the layouts are measured on: clean and degraded, both at 300 dpi.</summary>
    public static IReadOnlyList<ScanStyle> ScanStyles { get; } = [.. ScanStyle.Standard.Where(s => s.Dpi == 300)];

    public (string Name, RenderedFile File) Render(CorpusKind kind, int index, IReadOnlyList<Form> forms, Random random, CancellationToken cancellationToken)
    {
        var number = index.ToString("00", CultureInfo.InvariantCulture);
        var printer = layout.Printer;
        switch (kind)
        {
            case CorpusKind.Text:
                var textStyle = GridTextStyle.Standard[index % GridTextStyle.Standard.Count];
                var printed = textStyle.WrapGapChance > 0 ? forms.Select(f => PrintVariants.WithWrapGaps(f, random, textStyle.WrapGapChance)).ToArray() : forms;
                return ($"text-{number}-{textStyle.Name}", new GridTextRenderer(textStyle).Render(printed, printed.Select(f => printer.Grid(f, random)).ToArray(), random));
            case CorpusKind.Html:
                var htmlStyle = HtmlStyle.Standard[index % HtmlStyle.Standard.Count];
                return ($"html-{number}-{htmlStyle.Name}", Html(forms, htmlStyle, random));
            case CorpusKind.Pdf:
                var pdfStyle = HtmlStyle.Standard[index % HtmlStyle.Standard.Count];
                return ($"pdf-{number}-{pdfStyle.Name}", external!.PrintPdf(Html(forms, pdfStyle, random), cancellationToken));
            case CorpusKind.Scan:
                var scanStyle = ScanStyles[index % ScanStyles.Count];
                var pdf = external!.PrintPdf(Html(forms, scanFace, random), cancellationToken);
                return ($"scan-{number}-{scanStyle.Name}{HtmlStyle.FaceSuffix(scanFace)}", external.Scan(pdf, scanStyle, index, cancellationToken));
            case CorpusKind.Camera:
                var cameraStyle = ScanStyle.CameraStyles[index % ScanStyle.CameraStyles.Count];
                var photographed = external!.PrintPdf(Html(forms, scanFace, random), cancellationToken);
                return ($"camera-{number}-{cameraStyle.Name}{HtmlStyle.FaceSuffix(scanFace)}", external.Scan(photographed, cameraStyle, index, cancellationToken));
            case CorpusKind.Coarse:
                var (face, coarseStyle, coarseName) = HtmlStyle.Coarse(index);
                var coarse = external!.PrintPdf(Html(forms, face, random), cancellationToken);
                return ($"coarse-{number}-{coarseName}", external.Scan(coarse, coarseStyle, index, cancellationToken));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown corpus kind.");
        }
    }

    private RenderedFile Html(IReadOnlyList<Form> forms, HtmlStyle style, Random random) =>
        new GridHtmlRenderer(style).Render(forms, forms.Select(f => layout.Printer.Grid(f, random)).ToArray());
}
