using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Ocr;

/// <summary>
/// Tesseract's LSTM sometimes emits one ideograph twice (上海市 read as 上上海市): the two symbols then share
/// the room of one glyph, each placed on half of it. Ideographs are set on a square body, so two that are
/// really printed take about twice a line's glyph height side by side; a pair that fits in much less is one
/// glyph read twice, and one of the two goes.
/// </summary>
internal static class RepeatedGlyphs
{
    /// <summary>Two printed ideographs side by side are at least this many glyph heights wide.</summary>
    private const double TwoGlyphsWidth = 1.4;

    /// <summary>Fewer ideographs than this on a line give no glyph height to trust.</summary>
    private const int MinimumIdeographs = 3;

    /// <summary>Whether <paramref name="text"/> holds an ideograph twice in a row, the only case <see cref="Collapse"/> mends.</summary>
    public static bool MayHold(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == text[i - 1] && TextNormalizer.IsCjk(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> without the second reading of each ideograph read twice in one glyph's room, as told
    /// by <paramref name="symbols"/> (the same reading, symbol by symbol, with their boxes), and the symbols left.
    /// Both are returned unchanged when the symbols do not spell the text or carry no boxes.
    /// </summary>
    public static (string Text, IReadOnlyList<OcrSymbol> Symbols) Collapse(string text, IReadOnlyList<OcrSymbol> symbols)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(symbols);
        var positions = SymbolVote.Positions(text, symbols);
        if (positions is null)
        {
            return (text, symbols);
        }

        var drop = new HashSet<int>();
        var dropped = new HashSet<int>();
        for (var k = 1; k < symbols.Count; k++)
        {
            var (previous, current) = (symbols[k - 1], symbols[k]);
            if (previous.Text != current.Text || current.Text.Length != 1 || !TextNormalizer.IsCjk(current.Text[0])
                || previous.Bounds is not { } a || current.Bounds is not { } b || GlyphHeight(symbols, a) is not { } height)
            {
                continue;
            }

            var sameLine = Math.Min(a.Y1, b.Y1) > Math.Max(a.Y0, b.Y0);
            if (sameLine && Math.Max(a.X1, b.X1) - Math.Min(a.X0, b.X0) < TwoGlyphsWidth * height)
            {
                drop.Add(positions[k]);
                dropped.Add(k);
            }
        }

        if (drop.Count == 0)
        {
            return (text, symbols);
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!drop.Contains(i))
            {
                builder.Append(text[i]);
            }
        }

        return (builder.ToString(), symbols.Where((_, k) => !dropped.Contains(k)).ToList());
    }

    /// <summary>The median height of the ideographs on the line of <paramref name="on"/>; null when the line has too few.</summary>
    private static double? GlyphHeight(IReadOnlyList<OcrSymbol> symbols, Box on)
    {
        var heights = symbols
            .Where(s => s.Text.Length == 1 && TextNormalizer.IsCjk(s.Text[0]) && s.Bounds is { } b && Math.Min(b.Y1, on.Y1) > Math.Max(b.Y0, on.Y0))
            .Select(s => s.Bounds!.Value.Y1 - s.Bounds.Value.Y0)
            .Order()
            .ToList();
        return heights.Count < MinimumIdeographs ? null : heights[heights.Count / 2];
    }
}
