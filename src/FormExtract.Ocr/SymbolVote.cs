using System.Text;
using FormExtract.Core.Normalization;

namespace FormExtract.Ocr;

/// <summary>
/// Two readings of the same line, one character at a time: Tesseract reads the same ideographs differently at
/// different sizes, and the reading it is unsure of is the one that is wrong (培 read as 塔 with 0.77 where the
/// other size reads 培 with 0.95). Where both readings place the same number of characters, each character is
/// the more confident of the two; where they do not line up, the reading with the higher mean confidence stands.
/// </summary>
internal static class SymbolVote
{
    public static OcrReading Merge(OcrReading first, OcrReading second)
    {
        if (second.Text.Length == 0)
        {
            return first;
        }

        if (first.Symbols is not { } a || second.Symbols is not { } b || a.Count != b.Count || Positions(first.Text, a) is not { } at)
        {
            return second.Confidence > first.Confidence ? second : first;
        }

        var text = new StringBuilder(first.Text);
        var replaced = false;
        var chosen = new List<OcrSymbol>(a.Count);
        for (var k = a.Count - 1; k >= 0; k--)
        {
            // Only a character for a character: a figure or mark against an ideograph is a different reading of
            // the layout, not of one glyph.
            var better = b[k].Confidence > a[k].Confidence && b[k].Text != a[k].Text && IsIdeograph(a[k]) && IsIdeograph(b[k]);
            if (better)
            {
                text.Remove(at[k], a[k].Text.Length).Insert(at[k], b[k].Text);
                replaced = true;
            }

            chosen.Add(better ? b[k] : a[k]);
        }

        if (!replaced)
        {
            return first;
        }

        chosen.Reverse();
        return new OcrReading(text.ToString(), chosen.Average(s => s.Confidence)) { Symbols = chosen, Weakest = chosen.Min(s => s.Confidence) };
    }

    /// <summary>The index in <paramref name="text"/> of each symbol, or null when the symbols do not spell the text.</summary>
    public static int[]? Positions(string text, IReadOnlyList<OcrSymbol> symbols)
    {
        var positions = new int[symbols.Count];
        var at = 0;
        for (var k = 0; k < symbols.Count; k++)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var symbol = symbols[k].Text;
            if (symbol.Length == 0 || string.CompareOrdinal(text, at, symbol, 0, symbol.Length) != 0)
            {
                return null;
            }

            positions[k] = at;
            at += symbol.Length;
        }

        return positions;
    }

    private static bool IsIdeograph(OcrSymbol symbol) => symbol.Text.Length == 1 && TextNormalizer.IsCjk(symbol.Text[0]);
}
