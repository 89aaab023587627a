using System.Text.RegularExpressions;
using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// Reads one cell (or one line of text outside the tables) on its own: the crop is taken inside the cell's
/// rules and tightened to its ink, an empty cell is not sent to Tesseract at all, one line of ink is read as
/// a line, and what reads as a figure is read again by the figure engine with a whitelist.
/// </summary>
internal sealed partial class CellReader
{
    private readonly OcrEngines _engines;
    private readonly PreparedPage _page;

    public CellReader(OcrEngines engines, PreparedPage page)
    {
        _engines = engines;
        _page = page;
    }

    /// <summary>The text inside <paramref name="box"/> (the cell's rule-to-rule rectangle), with its confidence.</summary>
    public OcrReading Read(Box box, double inset)
    {
        var dpi = _page.Dpi;
        var (x0, y0) = ((int)Math.Ceiling(box.X0 + inset), (int)Math.Ceiling(box.Y0 + inset));
        var (x1, y1) = ((int)Math.Floor(box.X1 - inset), (int)Math.Floor(box.Y1 - inset));
        if (x1 - x0 < 3 || y1 - y0 < 3)
        {
            return OcrReading.Empty;
        }

        var ink = _page.Binary.Ink(x0, y0, x1, y1);
        // Specks of scanner noise are not text: a full stop at 9 pt has more ink than this.
        if (ink.Count < Math.Max(6, dpi * dpi / 4000) || ink.Bottom - ink.Top < dpi * 0.03)
        {
            return OcrReading.Empty;
        }

        var margin = dpi * 0.03;
        var tight = new Box(
            Math.Max(x0, ink.Left - margin), Math.Max(y0, ink.Top - margin),
            Math.Min(x1, ink.Right + margin), Math.Min(y1, ink.Bottom + margin));
        var singleLine = ink.Bottom - ink.Top < dpi * 0.22;
        var text = _engines.Text.Read(tight, CellKind.Text, singleLine);
        var cleaned = Clean(text.Text);
        if (singleLine && LooksLikeFigure().IsMatch(cleaned))
        {
            var figure = _engines.Figures.Read(tight, CellKind.Number, singleLine: true);
            var figureText = Clean(figure.Text);
            if (figureText.Length > 0 && figure.Confidence >= text.Confidence - 0.05)
            {
                return new OcrReading(figureText, figure.Confidence);
            }
        }

        return new OcrReading(OcrTextRepair.Repair(cleaned), text.Confidence);
    }

    /// <summary>
    /// Wrapped lines joined as printed: no gap where a Chinese line wraps, a space between Latin words, and a
    /// new line only before a numbered paragraph (1、 2、), the one break a cell's text keeps.
    /// </summary>
    private static string Clean(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Trim('|', '｜', '丨', '[', ']', '_').Trim())
            .Where(l => l.Length > 0)
            .ToArray();
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                var (last, first) = (builder[^1], line[0]);
                builder.Append(NumberedParagraph().IsMatch(line) ? "\n"
                    : Core.Normalization.TextNormalizer.IsCjk(last) || Core.Normalization.TextNormalizer.IsCjk(first) || char.IsPunctuation(last) ? string.Empty
                    : " ");
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(\d{1,2}[、.．]|[（(]\d{1,2}[）)])")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"^[\s\d.,，。%％\-—<>=≥≤]*\d[\s\d.,，。%％\-—]*$")]
    private static partial Regex LooksLikeFigure();
}
