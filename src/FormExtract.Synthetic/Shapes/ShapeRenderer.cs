using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;

namespace FormExtract.Synthetic.Shapes;

/// <summary>
/// Writes national forms in one text shape, beside their truth: the forms printed as the published table, the
/// table turned into text as the shape's source turns it (an HTML-to-text converter, a search index, a spreadsheet,
/// pdftotext), and the truth adjusted to what that text can carry (goal paragraphs without their markup). Cut-off
/// files hold one form cut off in its indicator table, alone or before or after a whole one.
/// </summary>
public sealed class ShapeRenderer
{
    private readonly TextShape _shape;
    private readonly LayoutPrinter _printer = SyntheticLayouts.National.Printer;

    public ShapeRenderer(TextShape shape)
    {
        if (!Enum.IsDefined(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown text shape.");
        }

        _shape = shape;
    }

    /// <summary>The rendered file, and the shape's variant it was written in (<c>rows</c> or <c>cells</c> for | rows …).</summary>
    public (RenderedFile File, string Variant) Render(IReadOnlyList<SyntheticForm> forms, Random random)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(random);
        var truth = FormGenerator.Index(forms).ToArray();
        var withoutInitial = random.Chance(0.5);
        for (var i = 0; i < truth.Length; i++)
        {
            truth[i] = withoutInitial ? PrintVariants.WithoutInitialBudget(truth[i]) : truth[i];
            truth[i] = _shape is TextShape.Tsv or TextShape.CutOff ? truth[i] : PrintVariants.WithPlainGoals(truth[i], _shape == TextShape.Csv ? "\n" : string.Empty);
        }

        var grids = truth.Select(f => _printer.Grid(f, random)).ToArray();
        var shape = _shape;
        if (_shape == TextShape.CutOff)
        {
            // One clean form of the file is cut off; the file is printed as tab-separated rows or as | rows.
            if (Array.FindIndex(truth, f => f.Findings.Count == 0) is var clean and >= 0)
            {
                var (cut, grid) = GridCut.Cut(truth[clean], grids[clean], random);
                truth[clean] = cut;
                grids[clean] = grid;
            }

            shape = random.Chance(0.5) ? TextShape.Tsv : TextShape.Pipe;
        }

        var (text, variant, extension, encoding) = Write(shape, grids, random);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        var file = new RenderedFile(extension, bytes, truth, SourceFormat.Text) { Encoding = encoding.WebName == "utf-8" ? "utf-8" : "gb18030" };
        return (file, _shape == TextShape.CutOff ? TextShapes.NameOf(shape) + (variant.Length > 0 ? "-" + variant : string.Empty) : variant);
    }

    private (string Text, string Variant, string Extension, Encoding Encoding) Write(TextShape shape, FormGrid[] grids, Random random)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        switch (shape)
        {
            case TextShape.Tsv:
                var midSpan = _shape != TextShape.CutOff && random.Chance(0.5);
                var lines = new List<string> { string.Empty };
                foreach (var grid in grids)
                {
                    lines.AddRange(GridTextRenderer.Lines(grid, random, midSpan, pageBreak: false));
                    lines.Add(string.Empty);
                }

                return (string.Join("\n", lines), midSpan ? "mid-span" : string.Empty, ".txt", utf8);
            case TextShape.Pipe:
                return With(new PipeWriter().Write(grids, random), ".txt", utf8);
            case TextShape.CellPerLine:
                return With(new CellLinesWriter().Write(grids, random), ".txt", utf8);
            case TextShape.Flattened:
                return With(new FlattenedWriter().Write(grids, random), ".txt", utf8);
            case TextShape.Aligned:
                return With(new AlignedWriter().Write(grids, random), ".txt", utf8);
            default:
                var (text, variant) = new CsvWriter().Write(grids, random);
                // Excel saves "CSV UTF-8" with a byte-order mark, and plain CSV in the system's code page (GBK).
                Encoding encoding = random.Next(3) switch
                {
                    0 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
                    1 => TextDecoder.Gb18030,
                    _ => utf8,
                };
                return (text, variant, "." + variant, encoding);
        }
    }

    private static (string, string, string, Encoding) With((string Text, string Variant) written, string extension, Encoding encoding) =>
        (written.Text, written.Variant, extension, encoding);
}
