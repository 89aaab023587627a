using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Ocr;

/// <summary>
/// Ideographs Tesseract's LSTM emits where no glyph of their own is printed. It sometimes reads one ideograph twice
/// (上海市 as 上上海市): the two symbols then share the room of one glyph, each placed on half of it. And it sometimes
/// reads a piece of a glyph as an ideograph of its own (及时性 as 及时人性, the dot of 性's 忄 read as 人), placed on
/// a few pixels of it. Ideographs are set on a square body, so two that are really printed take about twice a line's
/// glyph height side by side, and each is inked over much of that height or width; a pair in much less room is one
/// glyph read twice, and one of the two goes, as does an ideograph placed in far less room than any printed glyph on
/// a line whose ink holds fewer ideographs than were read.
/// </summary>
internal static class GhostGlyphs
{
    /// <summary>Two printed ideographs side by side are at least this many glyph heights wide.</summary>
    private const double TwoGlyphsWidth = 1.4;

    /// <summary>
    /// A printed ideograph, and mostly its box, is at least this share of the line's glyph height wide or tall (一 is
    /// flat but wide, 丨 narrow but tall; a full stop is no ideograph).
    /// </summary>
    private const double SmallestGlyph = 0.3;

    /// <summary>An ideograph's ink is at most this many glyph heights wide.</summary>
    private const double IdeographWidth = 1.15;

    /// <summary>Fewer ideographs than this on a line give no glyph height to trust.</summary>
    private const int MinimumIdeographs = 3;

    /// <summary>Whether <paramref name="text"/> holds enough ideographs for <see cref="Remove"/> to weigh them.</summary>
    public static bool MayHold(string text)
    {
        var ideographs = 0;
        foreach (var c in text)
        {
            ideographs += IsIdeograph(c) ? 1 : 0;
            if (ideographs >= MinimumIdeographs)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> without the ideographs read where no glyph of their own is printed, as told by
    /// <paramref name="symbols"/> (the same reading, symbol by symbol, with their boxes) and <paramref name="page"/> (the
    /// ink of the page the boxes are placed on; null where they are placed on something else, and then only ideographs
    /// read twice go), and the symbols left. Both are returned unchanged when the symbols do not spell the text or carry
    /// no boxes.
    /// </summary>
    public static (string Text, IReadOnlyList<OcrSymbol> Symbols) Remove(string text, IReadOnlyList<OcrSymbol> symbols, BinaryImage? page)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(symbols);
        var positions = SymbolVote.Positions(text, symbols);
        if (positions is null)
        {
            return (text, symbols);
        }

        var (dropped, specks) = (new HashSet<int>(), new HashSet<int>());
        for (var k = 0; k < symbols.Count; k++)
        {
            if (symbols[k] is not { Text: [var c], Bounds: { } box } || !IsIdeograph(c) || GlyphHeight(symbols, box) is not { } height)
            {
                continue;
            }

            if (page is not null && box.X1 - box.X0 < SmallestGlyph * height && box.Y1 - box.Y0 < SmallestGlyph * height
                && FewerInInkThanRead(symbols, dropped, box, height, page))
            {
                specks.Add(k);
                dropped.Add(k);
            }
            else if (k > 0 && !specks.Contains(k - 1) && ReadTwice(symbols[k - 1], symbols[k], height))
            {
                dropped.Add(k);
            }
        }

        if (dropped.Count == 0)
        {
            return (text, symbols);
        }

        var drop = dropped.Select(k => positions[k]).ToHashSet();
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

    /// <summary>
    /// Whether <paramref name="other"/> is <paramref name="text"/> with one or more of its ideographs left out and
    /// nothing else changed (white space aside): another reading of the same line that did not see them. A reading
    /// of nothing is none.
    /// </summary>
    public static bool LacksOnlyIdeographs(string text, string other)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(other);
        var (read, again) = (text.Where(c => !char.IsWhiteSpace(c)).ToArray(), other.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (again.Length == 0 || again.Length >= read.Length)
        {
            return false;
        }

        var j = 0;
        foreach (var c in read)
        {
            if (j < again.Length && again[j] == c)
            {
                j++;
            }
            else if (!IsIdeograph(c))
            {
                return false;
            }
        }

        return j == again.Length;
    }

    /// <summary>
    /// Whether the <paramref name="box"/>'s line, all ideographs (but for the symbols <paramref name="dropped"/>
    /// already), holds fewer of them in the page's ink than the recogniser read there (<see cref="BinaryImage.Ideographs"/>).
    /// The recogniser's box alone is no proof of a ghost: on a photocopy it may place every box of a line a glyph off,
    /// a printed 意 on a corner of the next glyph, and there the ink still holds an ideograph for every symbol. Figures
    /// and marks, narrower than an ideograph, would be counted together, so a line holding any is left as read.
    /// </summary>
    private static bool FewerInInkThanRead(IReadOnlyList<OcrSymbol> symbols, HashSet<int> dropped, Box box, double height, BinaryImage page)
    {
        var centre = (box.Y0 + box.Y1) / 2;
        var line = symbols.Where((s, k) => !dropped.Contains(k) && s.Bounds is { } b && Math.Abs(((b.Y0 + b.Y1) / 2) - centre) < height / 2).ToList();
        if (!line.All(s => s.Text is [var c] && IsIdeograph(c)))
        {
            return false;
        }

        var boxes = line.Select(s => s.Bounds!.Value).ToList();
        var (left, right) = ((int)boxes.Min(b => b.X0), (int)Math.Ceiling(boxes.Max(b => b.X1)));
        var (top, bottom) = ((int)boxes.Min(b => b.Y0), (int)Math.Ceiling(boxes.Max(b => b.Y1)));
        return page.Ideographs(left, top, right, bottom, IdeographWidth * height) < line.Count;
    }

    /// <summary>Whether <paramref name="current"/> repeats <paramref name="previous"/> in the room of one glyph on the same line.</summary>
    private static bool ReadTwice(OcrSymbol previous, OcrSymbol current, double height)
    {
        if (previous.Text != current.Text || previous.Bounds is not { } a || current.Bounds is not { } b)
        {
            return false;
        }

        var sameLine = Math.Min(a.Y1, b.Y1) > Math.Max(a.Y0, b.Y0);
        return sameLine && Math.Max(a.X1, b.X1) - Math.Min(a.X0, b.X0) < TwoGlyphsWidth * height;
    }

    /// <summary>The median height of the ideographs on the line of <paramref name="on"/>; null when the line has too few.</summary>
    private static double? GlyphHeight(IReadOnlyList<OcrSymbol> symbols, Box on)
    {
        var heights = symbols
            .Where(s => s.Text.Length == 1 && IsIdeograph(s.Text[0]) && s.Bounds is { } b && Math.Min(b.Y1, on.Y1) > Math.Max(b.Y0, on.Y0))
            .Select(s => s.Bounds!.Value.Y1 - s.Bounds.Value.Y0)
            .Order()
            .ToList();
        return heights.Count < MinimumIdeographs ? null : heights[heights.Count / 2];
    }

    /// <summary>A CJK ideograph, not a full-width mark: a 、 or 。 is printed small.</summary>
    private static bool IsIdeograph(char c) => TextNormalizer.IsCjk(c) && char.IsLetter(c);
}
