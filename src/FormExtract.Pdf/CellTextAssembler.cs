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
        var lines = GroupLines(glyphs);
        var right = lines.Count > 0 ? lines.Max(l => l.Right) : 0;
        var texts = lines.Select(LineText).ToArray();
        var shown = lines.Select((line, i) => i > 0 && EndsParagraph(lines[i - 1], line, right)).ToArray();
        var breaks = ItemBreaks.Infer(texts, shown);
        var text = string.Empty;
        for (var i = 0; i < texts.Length; i++)
        {
            var next = texts[i];
            if (breaks[i])
            {
                text = text + "\n" + next;
                continue;
            }

            text = SplitsANumber(text, next) ? text + next : TextNormalizer.JoinFragments(text, next);
        }

        return text;
    }

    /// <summary>
    /// A line ends its paragraph when the first word of the next line would have fitted in the room left on
    /// it: a renderer wraps only what does not fit. A CJK word is one letter with the closing punctuation
    /// that may not start a line; the room is measured against the widest line of the cell.
    /// </summary>
    private bool EndsParagraph(TextLine line, TextLine next, double right)
    {
        var room = right - line.Right;
        var size = Math.Max(line.FontSize, next.FontSize);
        var word = next.Glyphs[0].Right - next.Glyphs[0].Left;
        for (var k = 1; k < next.Glyphs.Count; k++)
        {
            var (previous, glyph) = (next.Glyphs[k - 1], next.Glyphs[k]);
            var latin = !TextNormalizer.IsCjk(previous.Value[0]) && !TextNormalizer.IsCjk(glyph.Value[0]);
            var joined = glyph.Left - previous.Right <= _options.WordGap * size;
            if (!joined || (!latin && !IsClosing(glyph.Value[0])))
            {
                break;
            }

            word = glyph.Right - next.Glyphs[0].Left;
        }

        return room > word + 0.3 * size;
    }

    private static bool IsClosing(char c) => "，。、；：！？）】》」』”’%,.;:!?)".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// A figure too long for a narrow column is wrapped inside its digits (2,612,933. / 32): a renderer breaks
    /// a line there only when the figure has no space to break at, so the pieces join without one.
    /// </summary>
    private static bool SplitsANumber(string text, string next) =>
        text.Length > 0 && next.Length > 0 && (char.IsAsciiDigit(text[^1]) || text[^1] is '.' or ',')
        && (char.IsAsciiDigit(next[0]) || next[0] is '.' or ',' or '%');

    /// <summary>Lines top to bottom, each left to right. Whitespace glyphs are dropped: gaps make the spaces.</summary>
    public IReadOnlyList<TextLine> GroupLines(IEnumerable<Glyph> glyphs)
    {
        var lines = new List<TextLine>();
        var current = new List<Glyph>();
        double baselineSum = 0;
        foreach (var glyph in glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).OrderBy(g => g.Baseline).ThenBy(g => g.Left))
        {
            if (current.Count > 0 && !OnSameLine(current[0], baselineSum / current.Count, glyph))
            {
                lines.Add(new TextLine(current.OrderBy(g => g.Left).ToArray()));
                current = [];
                baselineSum = 0;
            }

            current.Add(glyph);
            baselineSum += glyph.Baseline;
        }

        if (current.Count > 0)
        {
            lines.Add(new TextLine(current.OrderBy(g => g.Left).ToArray()));
        }

        return lines;
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

    /// <summary>Whether the glyph sits on the line whose first letter and mean baseline are given.</summary>
    private bool OnSameLine(Glyph reference, double baseline, Glyph glyph)
    {
        var size = Math.Min(reference.FontSize, glyph.FontSize);
        var sameSize = Math.Abs(reference.FontSize - glyph.FontSize) <= 0.3 * Math.Max(reference.FontSize, glyph.FontSize);
        var tolerance = _options.BaselineTolerance * size * (sameSize ? 1 : 0.5);
        return Math.Abs(baseline - glyph.Baseline) <= tolerance;
    }
}
