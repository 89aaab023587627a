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
        var text = singleLine ? _engines.Text.Read(tight, CellKind.Text, singleLine: true) : ReadLines(tight, ink.Top, ink.Bottom, margin);
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
    /// A wrapped cell read line by line: read as one block, Tesseract drops a last line of one or two
    /// characters (the 率 of 完成率 wrapped alone) as noise, while a line read on its own keeps it.
    /// </summary>
    private OcrReading ReadLines(Box tight, int inkTop, int inkBottom, double margin)
    {
        var dpi = _page.Dpi;
        var profile = _page.Binary.RowProfile((int)tight.X0, (int)tight.X1, inkTop, inkBottom);
        var lines = new List<(int Top, int Bottom)>();
        var start = -1;
        for (var i = 0; i <= profile.Length; i++)
        {
            var inked = i < profile.Length && profile[i] > 0;
            if (inked && start < 0)
            {
                start = i;
            }
            else if (!inked && start >= 0)
            {
                lines.Add((inkTop + start, inkTop + i));
                start = -1;
            }
        }

        // Gaps inside a line (between the strokes of 二 or a colon) are thin; a line of text is tall enough to
        // stand on its own, so slivers are merged into the band next to them.
        var minimum = dpi * 0.05;
        var merged = new List<(int Top, int Bottom)>();
        foreach (var line in lines)
        {
            if (merged.Count > 0 && (line.Bottom - line.Top < minimum || merged[^1].Bottom - merged[^1].Top < minimum || line.Top - merged[^1].Bottom < dpi * 0.01))
            {
                merged[^1] = (merged[^1].Top, line.Bottom);
            }
            else
            {
                merged.Add(line);
            }
        }

        if (merged.Count < 2)
        {
            return _engines.Text.Read(tight, CellKind.Text, singleLine: false);
        }

        var texts = new List<string>(merged.Count);
        double weighted = 0, total = 0;
        foreach (var (top, bottom) in merged)
        {
            var box = new Box(tight.X0, Math.Max(tight.Y0, top - margin), tight.X1, Math.Min(tight.Y1, bottom + margin));
            var reading = _engines.Text.Read(box, CellKind.Text, singleLine: true);
            if (reading.Text.Length > 0)
            {
                texts.Add(reading.Text);
                weighted += reading.Confidence * reading.Text.Length;
                total += reading.Text.Length;
            }
        }

        return new OcrReading(string.Join('\n', texts), total > 0 ? weighted / total : 0);
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
                // A figure right after a finished sentence starts a paragraph numbered without a mark (2建立…).
                var paragraph = NumberedParagraph().IsMatch(line)
                    || (last is '。' or '；' or ';' && line.Length > 1 && char.IsAsciiDigit(line[0]) && Core.Normalization.TextNormalizer.IsCjk(line[1]));
                builder.Append(paragraph ? "\n"
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
