using System.Text;
using FormExtract.Core.Normalization;

namespace FormExtract.Pdf;

/// <summary>
/// Turns the letters inside one cell (or one run of text outside tables) into its text: letters grouped
/// into lines by baseline and font size, not by box overlap (CJK glyph boxes vary from ~0 to the full
/// em), lines ordered top to bottom and joined as wrapped fragments (CJK with nothing between them).
/// </summary>
internal sealed class CellTextAssembler
{
    private readonly PdfReaderOptions _options;

    public CellTextAssembler(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string Assemble(IEnumerable<Glyph> glyphs)
    {
        var text = string.Empty;
        foreach (var line in GroupLines(glyphs))
        {
            text = TextNormalizer.JoinFragments(text, LineText(line));
        }

        return text;
    }

    /// <summary>Lines top to bottom, each left to right. Whitespace glyphs are dropped: gaps make the spaces.</summary>
    public IReadOnlyList<TextLine> GroupLines(IEnumerable<Glyph> glyphs)
    {
        var lines = new List<List<Glyph>>();
        foreach (var glyph in glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).OrderBy(g => g.Baseline).ThenBy(g => g.Left))
        {
            var last = lines.Count > 0 ? lines[^1] : null;
            if (last is not null && OnSameLine(last, glyph))
            {
                last.Add(glyph);
            }
            else
            {
                lines.Add([glyph]);
            }
        }

        return lines.Select(l => new TextLine(l.OrderBy(g => g.Left).ToArray())).ToArray();
    }

    /// <summary>The letters of one line with a space where the gap between two of them is as wide as a space.</summary>
    public string LineText(TextLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var builder = new StringBuilder();
        Glyph? previous = null;
        foreach (var glyph in line.Glyphs)
        {
            if (previous is { } p && glyph.Left - p.Right > _options.WordGap * Math.Max(p.FontSize, glyph.FontSize))
            {
                builder.Append(' ');
            }

            builder.Append(glyph.Value);
            previous = glyph;
        }

        return builder.ToString();
    }

    private bool OnSameLine(List<Glyph> line, Glyph glyph)
    {
        var reference = line[0];
        var size = Math.Min(reference.FontSize, glyph.FontSize);
        var sameSize = Math.Abs(reference.FontSize - glyph.FontSize) <= 0.3 * Math.Max(reference.FontSize, glyph.FontSize);
        var tolerance = _options.BaselineTolerance * size * (sameSize ? 1 : 0.5);
        return Math.Abs(line.Average(g => g.Baseline) - glyph.Baseline) <= tolerance;
    }
}
