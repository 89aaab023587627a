namespace FormExtract.Core.Ingestion.Text;

/// <summary>A border character that parts cells: its index in the line and its screen column.</summary>
internal readonly record struct GridMark(int Index, int Position);

/// <summary>
/// One line of a table drawn with borders, as the rule-line recogniser sees it. A rule is a line of border
/// characters: a stroke of three or more (<c>───</c>, <c>---</c>, <c>═══</c>) joined to a crossing or a bar, or a
/// long one alone, with at most half as many other characters as border ones (a merged cell's text may sit on the
/// rule where the rule leaves that cell open). Whatever crossings a rule has, lone ones included (<c>├      ┼───</c>,
/// where a merged cell runs on through the rule), are marks between columns, never text. On other lines only
/// vertical bars are marks: a <c>+</c> or <c>-</c> there is text.
/// </summary>
internal sealed record GridLine(TextLine Line, bool IsRule, IReadOnlyList<GridMark> Marks, IReadOnlyList<int> Positions)
{
    /// <summary>Strokes at least this long make a rule without a crossing or bar beside them.</summary>
    private const int BareStroke = 8;

    /// <summary>Strokes shorter than this are text (a dash for no value).</summary>
    private const int MinStroke = 3;

    public bool HasBars => Marks.Count > 0;

    /// <summary>The line's characters with their screen columns, in display width (CJK two) or in characters.</summary>
    public static GridLine Parse(TextLine line, bool displayWidth)
    {
        var text = line.Text;
        var positions = new int[text.Length + 1];
        var column = 0;
        for (var i = 0; i < text.Length; i++)
        {
            positions[i] = column;
            column += text[i] == '\t' ? 8 - (column % 8) : displayWidth ? DisplayWidth.Of(text[i]) : 1;
        }

        positions[text.Length] = column;
        var isRule = IsRuleText(text);
        var marks = new List<GridMark>();
        for (var i = 0; i < text.Length; i++)
        {
            if (AlignedLine.IsVertical(text[i]) || (isRule && IsCrossing(text[i])))
            {
                marks.Add(new GridMark(i, positions[i]));
            }
        }

        return new GridLine(line, isRule, marks, positions);
    }

    /// <summary>Whether the text is a rule line (see the type's summary).</summary>
    public static bool IsRuleText(ReadOnlySpan<char> text)
    {
        var (border, other) = (0, 0);
        var stroke = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsHorizontal(c))
            {
                border += IsCrossing(c) || AlignedLine.IsVertical(c) ? 1 : 0;
                other += AlignedLine.IsSpace(c) || IsCrossing(c) || AlignedLine.IsVertical(c) ? 0 : 1;
                i++;
                continue;
            }

            var from = i;
            while (i < text.Length && IsHorizontal(text[i]))
            {
                i++;
            }

            var length = i - from;
            border += length;
            var joined = (from > 0 && IsJoint(text[from - 1])) || (i < text.Length && IsJoint(text[i]));
            stroke |= length >= BareStroke || (length >= MinStroke && joined);
        }

        return stroke && border >= other * 2;
    }

    /// <summary>A horizontal stroke character: dashes, equals signs, underscores, box-drawing horizontals.</summary>
    public static bool IsHorizontal(char c) =>
        c is '-' or '=' or '_' or '─' or '━' or '═' or '╌' or '╍' or '┄' or '┅' or '┈' or '┉';

    /// <summary>A crossing, tee or corner: <c>+</c> or a box-drawing character that is neither horizontal nor a plain vertical.</summary>
    public static bool IsCrossing(char c) =>
        c == '+' || (c is >= '\u2500' and <= '\u257F' && !IsHorizontal(c) && !AlignedLine.IsVertical(c));

    private static bool IsJoint(char c) => IsCrossing(c) || AlignedLine.IsVertical(c);
}
