using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Shapes;
using Serilog;

namespace FormExtract.Synthetic.Corpus;

/// <summary>
/// Builds a corpus: generates each kind's forms from its own seed, groups them into files of one to three
/// forms, renders each file in the next style of its kind and writes it beside its ground truth.
/// </summary>
public sealed class CorpusBuilder
{
    private readonly CorpusOptions _options;
    private readonly ExternalRenderers? _external;
    private readonly ILogger _logger;

    /// <summary>The external renderers (Chromium and the image tools) are needed only for the PDF and scan kinds.</summary>
    public CorpusBuilder(CorpusOptions options, ExternalRenderers? external, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (external is null && options.Kinds.Any(k => k == CorpusKind.Pdf || k.IsScanned()))
        {
            throw new ArgumentException("PDF and scan kinds need the external renderers.", nameof(external));
        }

        _options = options;
        _external = external;
        _logger = logger;
    }

    /// <summary>Writes the corpus and returns the paths of the rendered files.</summary>
    public IReadOnlyList<string> Build(CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var layout in _options.Layouts)
        {
            if (layout.IsNational)
            {
                BuildNational(written, cancellationToken);
            }
            else
            {
                BuildLayout(written, layout, cancellationToken);
            }
        }

        foreach (var shape in _options.Shapes)
        {
            BuildShape(written, shape, cancellationToken);
        }

        return written;
    }

    private void BuildNational(List<string> written, CancellationToken cancellationToken)
    {
        foreach (var kind in _options.Kinds)
        {
            var seed = _options.SeedOf(kind);
            // Each kind takes up the rule cycle where the kind before it left off, so the whole set breaks every rule.
            var firstRule = _options.Kinds.TakeWhile(k => k != kind).Sum(k => (int)Math.Round(_options.FormCountOf(k) * _options.ErrorFraction, MidpointRounding.AwayFromZero));
            var forms = new FormGenerator(_options.Generator(seed, _options.FormCountOf(kind), firstRule)).Generate();
            var random = new Random(seed);
            var directory = Path.Combine(_options.OutputDirectory, kind.ToString().ToLowerInvariant());
            // Each PDF embeds its own font subsets: more forms per file keep the committed set small.
            var files = Group(random, forms, kind switch { CorpusKind.Scan or CorpusKind.Coarse => 2, CorpusKind.Camera => 1, CorpusKind.Pdf => 4, _ => 3 });
            for (var i = 0; i < files.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var truth = FormGenerator.Index(files[i]);
                if (random.Chance(0.5))
                {
                    truth = truth.Select(PrintVariants.WithMathOperators).ToArray();
                }

                foreach (var (name, rendered) in Render(kind, i, truth, random, cancellationToken))
                {
                    written.Add(GroundTruth.Write(directory, name, rendered));
                }
            }

            _logger.Information("Wrote {FormCount} {Kind} forms in {FileCount} files to {Directory}", forms.Count, kind, files.Count, directory);
        }
    }

    private void BuildLayout(List<string> written, SyntheticLayout layout, CancellationToken cancellationToken)
    {
        var files = new LayoutFiles(layout, _external, _options.ScanPrint);
        var firstRule = 0;
        foreach (var kind in _options.Kinds)
        {
            var seed = _options.SeedOf(kind, layout);
            var count = _options.FormCountOf(kind);
            var forms = new FormGenerator(_options.Generator(seed, count, firstRule, layout)).Generate();
            firstRule += (int)Math.Round(count * _options.ErrorFraction, MidpointRounding.AwayFromZero);
            var random = new Random(seed);
            var directory = _options.DirectoryOf(kind, layout);
            // A scan of one form is a page or two: one form per file keeps the files small.
            var groups = Group(random, forms, kind.IsScanned() ? 1 : 3);
            for (var i = 0; i < groups.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var truth = FormGenerator.Index(groups[i]);
                if (random.Chance(0.5))
                {
                    truth = truth.Select(PrintVariants.WithMathOperators).ToArray();
                }

                var (name, rendered) = files.Render(kind, i, truth, random, cancellationToken);
                written.Add(GroundTruth.Write(directory, name, rendered));
            }

            _logger.Information("Wrote {FormCount} {Layout} {Kind} forms in {FileCount} files to {Directory}", forms.Count, layout.Id, kind, groups.Count, directory);
        }
    }

    private void BuildShape(List<string> written, TextShape shape, CancellationToken cancellationToken)
    {
        var seed = _options.SeedOf(shape);
        var forms = new FormGenerator(_options.Generator(seed, _options.FormsPerKind, layout: SyntheticLayouts.NationalForShapes)).Generate();
        var random = new Random(seed);
        var directory = _options.DirectoryOf(shape);
        var groups = Group(random, forms, 3);
        var renderer = new ShapeRenderer(shape);
        for (var i = 0; i < groups.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (file, variant) = renderer.Render(groups[i], random);
            var name = $"{TextShapes.NameOf(shape)}-{i.ToString("000", CultureInfo.InvariantCulture)}" + (variant.Length > 0 ? "-" + variant : string.Empty);
            written.Add(GroundTruth.Write(directory, name, file));
        }

        _logger.Information("Wrote {FormCount} forms as {Shape} in {FileCount} files to {Directory}", forms.Count, TextShapes.NameOf(shape), groups.Count, directory);
    }

    private IEnumerable<(string Name, RenderedFile File)> Render(CorpusKind kind, int index, IReadOnlyList<Form> forms, Random random, CancellationToken cancellationToken)
    {
        var number = index.ToString("00", CultureInfo.InvariantCulture);
        switch (kind)
        {
            case CorpusKind.Text:
                var textStyle = TextDumpStyle.Standard[index % TextDumpStyle.Standard.Count];
                yield return ($"text-{number}-{textStyle.Name}", new TextDumpRenderer(textStyle).Render(forms, random));
                break;
            case CorpusKind.Html:
                var htmlStyle = HtmlStyle.Standard[index % HtmlStyle.Standard.Count];
                yield return ($"html-{number}-{htmlStyle.Name}", new HtmlRenderer(htmlStyle).Render(forms));
                break;
            case CorpusKind.Pdf:
                var pdfStyle = HtmlStyle.Standard[index % HtmlStyle.Standard.Count];
                yield return ($"pdf-{number}-{pdfStyle.Name}", _external!.PrintPdf(new HtmlRenderer(pdfStyle).Render(forms), cancellationToken));
                break;
            case CorpusKind.Scan:
                var scanStyle = ScanStyle.Standard[index % ScanStyle.Standard.Count];
                var pdf = _external!.PrintPdf(new HtmlRenderer(_options.ScanPrint).Render(forms), cancellationToken);
                yield return ($"scan-{number}-{scanStyle.Name}{HtmlStyle.FaceSuffix(_options.ScanPrint)}", _external.Scan(pdf, scanStyle, index, cancellationToken));
                break;
            case CorpusKind.Camera:
                var cameraStyle = ScanStyle.CameraStyles[index % ScanStyle.CameraStyles.Count];
                var printed = _external!.PrintPdf(new HtmlRenderer(_options.ScanPrint).Render(forms), cancellationToken);
                yield return ($"camera-{number}-{cameraStyle.Name}{HtmlStyle.FaceSuffix(_options.ScanPrint)}", _external.Scan(printed, cameraStyle, index, cancellationToken));
                break;
            case CorpusKind.Coarse:
                var (face, coarseStyle, coarseName) = HtmlStyle.Coarse(index);
                var page = _external!.PrintPdf(new HtmlRenderer(face).Render(forms), cancellationToken);
                yield return ($"coarse-{number}-{coarseName}", _external.Scan(page, coarseStyle, index, cancellationToken));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown corpus kind.");
        }
    }

    /// <summary>Splits the forms into files of one to <paramref name="most"/> forms, in order.</summary>
    private static List<SyntheticForm[]> Group(Random random, IReadOnlyList<SyntheticForm> forms, int most)
    {
        var files = new List<SyntheticForm[]>();
        for (var at = 0; at < forms.Count;)
        {
            var size = Math.Min(random.Next(1, most + 1), forms.Count - at);
            files.Add(forms.Skip(at).Take(size).ToArray());
            at += size;
        }

        return files;
    }
}
