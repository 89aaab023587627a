namespace FormExtract.Core.Ingestion.Text;

/// <summary>A run of text on an aligned line, from its first screen column to the one after its last.</summary>
internal readonly record struct AlignedPiece(int Start, int End, string Text);

/// <summary>
/// One line of an aligned table cut into pieces of text at white space and vertical borders, with each piece's
/// screen columns. A rule line (<c>-----</c>, <c>+--+</c>, <c>├──┼</c>, <c>═══</c>) keeps the spans its strokes
/// cover: a column crossed by a stroke is closed there, a column left open is a merged cell running through.
/// </summary>
internal sealed record AlignedLine(int Number, IReadOnlyList<AlignedPiece> Pieces, IReadOnlyList<(int Start, int End)> Strokes, int Width)
{
    private const int MinStroke = 3;

    public bool IsRule => Strokes.Count > 0;

    public bool IsBlank => Pieces.Count == 0 && Strokes.Count == 0;

    /// <summary>Whether a stroke of this rule line crosses the screen columns from start to end.</summary>
    public bool Closes(int start, int end)
    {
        foreach (var (s, e) in Strokes)
        {
            if (Math.Min(e, end) - Math.Max(s, start) >= Math.Min(2, end - start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line cut into pieces; screen columns counted by display width (CJK two) or by characters.</summary>
    public static AlignedLine Parse(TextLine line, bool displayWidth)
    {
        var text = line.Text;
        var pieces = new List<AlignedPiece>();
        var strokes = new List<(int Start, int End)>();
        var column = 0;
        var i = 0;
        var strokeChars = 0;
        var textChars = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c) || IsVertical(c))
            {
                column += c == '\t' ? 8 - (column % 8) : Advance(c, displayWidth);
                i++;
                continue;
            }

            var start = column;
            var from = i;
            var stroke = IsStroke(c);
            while (i < text.Length && !IsSpace(text[i]) && !IsVertical(text[i]) && IsStroke(text[i]) == stroke)
            {
                column += Advance(text[i], displayWidth);
                i++;
            }

            if (stroke && i - from >= MinStroke && CountHorizontal(text.AsSpan(from, i - from)) >= 2)
            {
                strokes.Add((start, column));
                strokeChars += i - from;
            }
            else
            {
                // A short run of dashes (a "-" for no value) is text; pieces touching it join it.
                if (pieces.Count > 0 && pieces[^1].End == start)
                {
                    var last = pieces[^1];
                    pieces[^1] = new AlignedPiece(last.Start, column, last.Text + text[from..i]);
                }
                else
                {
                    pieces.Add(new AlignedPiece(start, column, text[from..i]));
                }

                textChars += i - from;
            }
        }

        // A line of strokes is a rule; text on it sits in merged cells the rule runs past. A line of mostly
        // text with a stroke in it (a dash drawn as ---) stays text.
        if (strokes.Count > 0 && strokeChars < textChars * 2)
        {
            pieces = Rejoin(text, displayWidth);
            strokes.Clear();
        }

        return new AlignedLine(line.Number, pieces, strokes, column);
    }

    /// <summary>The line as text pieces only, strokes included in the text.</summary>
    private static List<AlignedPiece> Rejoin(string text, bool displayWidth)
    {
        var pieces = new List<AlignedPiece>();
        var column = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (IsSpace(text[i]) || IsVertical(text[i]))
            {
                column += text[i] == '\t' ? 8 - (column % 8) : Advance(text[i], displayWidth);
                i++;
                continue;
            }

            var start = column;
            var from = i;
            while (i < text.Length && !IsSpace(text[i]) && !IsVertical(text[i]))
            {
                column += Advance(text[i], displayWidth);
                i++;
            }

            pieces.Add(new AlignedPiece(start, column, text[from..i]));
        }

        return pieces;
    }

    private static int CountHorizontal(ReadOnlySpan<char> run)
    {
        var count = 0;
        foreach (var c in run)
        {
            count += c is '-' or '=' or '_' or '─' or '━' or '═' or '╌' or '╍' or '┄' or '┅' or '┈' or '┉' ? 1 : 0;
        }

        return count;
    }

    private static int Advance(char c, bool displayWidth) => displayWidth ? DisplayWidth.Of(c) : 1;

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\f' or '\v';

    /// <summary>A vertical border: ASCII bar or a box-drawing vertical, light, heavy or double.</summary>
    public static bool IsVertical(char c) => c is '|' or '│' or '┃' or '║' or '╎' or '╏' or '┆' or '┇' or '┊' or '┋';

    /// <summary>A stroke of a rule: dashes, equals signs, plus signs and box-drawing strokes and crossings.</summary>
    public static bool IsStroke(char c) => c is '-' or '=' or '_' or '+' || (c is >= '\u2500' and <= '\u257F' && !IsVertical(c));
}
