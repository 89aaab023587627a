using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// One region of an aligned text (lines without a blank line between them) read as a table. Its columns come
/// from where texts start (<see cref="ColumnGrid"/>); each column's texts are followed down into cells
/// (<see cref="CellBlock"/>): a line goes on the cell above when that line filled its column to the right edge
/// (the text wrapped) and neither is a figure. Rows then part where a column holds two cells: at a rule, or,
/// without rules, between the two cells, at the line boundary the fewest other cells run across (a cell centred
/// in a tall row starts lines before its neighbours). A long text running across that boundary (a goal beside
/// paragraphs of the other) keeps the two in one row. A label in a narrow column, a character or two a line, is
/// read down the column and cut into the layouts' words it runs together (产出指标效益指标 …).
/// </summary>
internal sealed class AlignedTable
{
    /// <summary>Screen columns (in display width) of a column narrow enough to hold its label a character or two a line.</summary>
    private const int NarrowColumn = 6;

    /// <summary>Screen columns (in display width) from which a text running across a row boundary is a paragraph, not a merged label.</summary>
    private const int WideText = 20;

    /// <summary>Screen columns by which a wrapped paragraph's lines but its last may fall short of its width (a line not broken before closing punctuation).</summary>
    private const int ParagraphSlack = 2;

    private readonly IReadOnlyList<AlignedLine> _lines;
    private readonly ColumnGrid _grid;
    private readonly TemplateVocabulary _vocabulary;
    private readonly IReadOnlySet<string> _labelStarts;
    private readonly int _slack;
    private readonly int _narrow;
    private readonly int _wide;
    private readonly bool _ruled;
    private readonly List<LineCell>[] _cells;
    private readonly bool[] _forced;
    private readonly List<CellBlock> _blocks = [];

    public AlignedTable(IReadOnlyList<AlignedLine> lines, TemplateVocabulary vocabulary, IReadOnlySet<string> labelStarts, bool displayWidth)
    {
        _lines = lines;
        _vocabulary = vocabulary;
        _labelStarts = labelStarts;
        // A CJK text wrapped in a column of odd width stops one short of its edge; counted in characters it does not.
        _slack = displayWidth ? 1 : 0;
        _narrow = displayWidth ? NarrowColumn : NarrowColumn / 2;
        _wide = displayWidth ? WideText : WideText / 2;
        _grid = ColumnGrid.Of(lines, displayWidth ? IsWord : null);
        var rules = lines.Count(l => l.IsRule);
        _ruled = rules > 0 && rules * 4 >= lines.Count - rules;
        _cells = lines.Select(Cells).ToArray();
        _forced = new bool[lines.Count];
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            _forced[i] = StartsRow(_cells[i], _cells[i + 1]);
        }
    }

    public IEnumerable<LayoutRow> Rows(bool followsBreak)
    {
        FollowColumns();
        var bands = _ruled ? RuledBands() : Bands();
        return Emit(bands, followsBreak);
    }

    /// <summary>A line's pieces grouped by column; a piece that runs into the next column's start spans it.</summary>
    private List<LineCell> Cells(AlignedLine line)
    {
        var cells = new List<LineCell>(line.Pieces.Count);
        foreach (var piece in line.Pieces)
        {
            var column = _grid.ColumnOf(piece.Start);
            if (cells.Count > 0 && column < cells[^1].Column + cells[^1].Span && IsFigure(cells[^1].Text) && IsFigure(piece.Text)
                && _grid.ColumnOf(piece.End - 1) >= cells[^1].Column + cells[^1].Span)
            {
                // Two figures apart are two cells (figures hold no space): a figure wider than its column (a total's
                // score with a float's noise, 93.55999999999999) starts left of it, in the column of the one before.
                var next = cells[^1].Column + cells[^1].Span;
                cells.Add(new LineCell(next, _grid.ColumnOf(piece.End - 1) - next + 1, piece.Start, piece.End, piece.Text));
                continue;
            }

            if (cells.Count > 0 && column < cells[^1].Column + cells[^1].Span)
            {
                var last = cells[^1];
                var end = Math.Max(last.End, piece.End);
                cells[^1] = last with { End = end, Text = last.Text + " " + piece.Text, Span = _grid.ColumnOf(end - 1) - last.Column + 1 };
                continue;
            }

            cells.Add(new LineCell(column, _grid.ColumnOf(piece.End - 1) - column + 1, piece.Start, piece.End, piece.Text));
        }

        return cells;
    }

    /// <summary>
    /// Whether the lower line starts a new row: in some column both lines hold a text, and the upper one is a
    /// figure (figures do not wrap), stops short of the column's edge (a wrapped text's lines but its last fill it) or
    /// is narrower than the lower one (a wrapped text keeps its width);
    /// or the upper line holds figures in columns the lower leaves empty while the lower has texts where the upper has none.
    /// </summary>
    private bool StartsRow(List<LineCell> upper, List<LineCell> lower)
    {
        var u = 0;
        var (upperOnly, lowerOnly) = (false, false);
        foreach (var cell in lower)
        {
            while (u < upper.Count && upper[u].Column < cell.Column)
            {
                upperOnly |= IsFigure(upper[u].Text);
                u++;
            }

            if (u < upper.Count && upper[u].Column == cell.Column)
            {
                if (IsFigure(upper[u].Text) || IsFigure(cell.Text)
                    || (!IsLabelFragment(upper[u]) && !IsLabelFragment(cell) && !ReadsOn(upper[u].Text, cell.Text)
                        && (!Filled(upper[u]) || cell.Span > upper[u].Span || IsWord(upper[u].Text))))
                {
                    return true;
                }

                u++;
                continue;
            }

            lowerOnly |= !IsLabelFragment(cell) && FirstFigure(upper) < cell.Column;
        }

        for (; u < upper.Count; u++)
        {
            upperOnly |= IsFigure(upper[u].Text);
        }

        // Figures above that stop where texts start below in other columns to their right: a row of figures, then
        // the next row (texts below that are left of them are merged labels set in the middle of their rows).
        return upperOnly && lowerOnly;
    }

    private static int FirstFigure(List<LineCell> cells)
    {
        foreach (var cell in cells)
        {
            if (IsFigure(cell.Text))
            {
                return cell.Column;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Whether the lower text goes on the upper one as the start of a layout's word (产出指 / 标, 年度指 / 标值).</summary>
    private bool ReadsOn(string upper, string lower) =>
        lower.Length <= 4 && !IsFigure(lower) && (_labelStarts.Contains(LabelKey.Of(upper + lower)) || Closes(upper, lower));

    /// <summary>Whether the lower text closes a bracket the upper one left open (项目资金 (万 / 元)): one text wrapped.</summary>
    private static bool Closes(string upper, string lower)
    {
        var open = upper.LastIndexOfAny(['(', '（']);
        return open >= 0 && upper.IndexOfAny([')', '）'], open) < 0 && lower.IndexOfAny([')', '）']) >= 0 && lower.IndexOfAny(['(', '（']) < 0;
    }

    /// <summary>One of the layouts' words whole (实施单位, 全年执行数): a cell of its own, not the first line of a wrapped text.</summary>
    private bool IsWord(string text) => _vocabulary.IsLabel(LabelKey.Of(text));

    /// <summary>A character or two of a label set down a narrow column.</summary>
    private bool IsLabelFragment(LineCell cell) => cell.Span == 1 && IsNarrow(cell.Column) && !IsFigure(cell.Text);

    /// <summary>Each column's texts followed down into cells.</summary>
    private void FollowColumns()
    {
        var open = new Dictionary<int, CellBlock>();
        var ruledAbove = new Dictionary<int, int>();
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.IsRule)
            {
                foreach (var (column, block) in open.ToArray())
                {
                    if (line.Closes(_grid.StartOf(column), BoundOf(block)))
                    {
                        block.Reach = i - 1;
                        open.Remove(column);
                    }
                }

                for (var column = 0; column < _grid.Count; column++)
                {
                    if (line.Closes(_grid.StartOf(column), column + 1 < _grid.Count ? _grid.StartOf(column + 1) : _grid.StartOf(column) + 2))
                    {
                        ruledAbove[column] = i;
                    }
                }
            }

            var seen = new HashSet<int>();
            foreach (var cell in _cells[i])
            {
                seen.Add(cell.Column);
                if (open.TryGetValue(cell.Column, out var block) && Continues(block, cell, i) && !Crowds(block, cell, _cells[i]))
                {
                    block.Add(i, cell);
                    continue;
                }

                if (!_ruled && Above(open.Values, cell, i) is { } wrapped)
                {
                    // The short last line of a label wrapped and centred in its box starts where no column does.
                    wrapped.Add(i, cell with { Column = wrapped.Column, Span = wrapped.Span });
                    seen.Add(wrapped.Column);
                    continue;
                }

                var started = new CellBlock(cell.Column, i)
                {
                    Vertical = IsNarrow(cell.Column) && cell.Span == 1 && !IsFigure(cell.Text),
                    From = _ruled && ruledAbove.TryGetValue(cell.Column, out var rule) ? Math.Min(i, rule + 1) : i,
                };
                started.Add(i, cell);
                _blocks.Add(started);
                open[cell.Column] = started;
            }

            if (!_ruled && !line.IsRule)
            {
                // Without rules a cell's lines follow each other: a line without text in the column ends it.
                foreach (var column in open.Keys.Where(c => !seen.Contains(c)).ToArray())
                {
                    open.Remove(column);
                }
            }
        }

        SplitVerticalLabels();
        if (!_ruled)
        {
            SplitStackedTexts();
        }
    }

    /// <summary>
    /// Without rules, texts of one column set in consecutive rows with no line between them run together. A text
    /// beside the figures of two rows or more (each row's one-line cells stand on one line, the middle of the row),
    /// with at least two lines a row and not one of the layouts' words (a merged label), is one text a row: each
    /// cut after a line that ends a paragraph (well short of the text's width) between two rows' figure lines, or
    /// else where the text above, centred on its row's figure line, ends.
    /// </summary>
    private void SplitStackedTexts()
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (block.Vertical || block.Lines.Count < 4)
            {
                continue;
            }

            var anchors = block.Lines.Select(l => l.Line).Where(l => BesideFigures(l, block.Column)).ToList();
            if (anchors.Count < 2 || block.Lines.Count < 2 * anchors.Count || IsWord(Text(block)))
            {
                continue;
            }

            var cuts = new List<int>();
            var top = block.Top;
            for (var k = 0; k + 1 < anchors.Count; k++)
            {
                var (anchor, next) = (anchors[k], anchors[k + 1]);
                var cut = -1;
                for (var c = anchor + 1; c <= next && cut < 0; c++)
                {
                    cut = EndsParagraphAt(block, c - 1) ? c : -1;
                }

                cut = cut >= 0 ? cut : Math.Clamp(anchor + (anchor - top) + 1, anchor + 1, next);
                cuts.Add(cut);
                top = cut;
            }

            var parts = new List<CellBlock>();
            foreach (var (line, text) in block.Lines)
            {
                if (parts.Count == 0 || (parts.Count <= cuts.Count && line >= cuts[parts.Count - 1]))
                {
                    parts.Add(new CellBlock(block.Column, line));
                }

                parts[^1].Add(line, _cells[line].FirstOrDefault(c => c.Text == text) ?? new LineCell(block.Column, 1, block.Start, block.End, text));
            }

            _blocks.RemoveAt(b);
            _blocks.InsertRange(b, parts);
            b += parts.Count - 1;
        }
    }

    /// <summary>Whether the line holds figures (two or more) in other columns than this one: a row's one-line cells.</summary>
    private bool BesideFigures(int line, int column) =>
        _cells[line].Count(c => c.Column != column && IsFigure(c.Text)) >= 2;

    /// <summary>Whether the block's text on this line falls well short of its width: a paragraph's last line.</summary>
    private bool EndsParagraphAt(CellBlock block, int line)
    {
        var text = block.Lines.FirstOrDefault(l => l.Line == line).Text;
        return text is not null && _cells[line].FirstOrDefault(c => c.Text == text) is { } cell
            && cell.End - cell.Start < block.End - block.Start - (2 * ParagraphSlack);
    }

    /// <summary>
    /// The block on the line above, in another column, under whose text this one stands and reads on as the end of
    /// one of the layouts' words (服务对象满意 / 度指标, 偏差原因分析及改进 / 措施).
    /// </summary>
    private CellBlock? Above(IEnumerable<CellBlock> open, LineCell cell, int line)
    {
        foreach (var block in open)
        {
            if (block.Column != cell.Column && block.Bottom == line - 1 && block.Last is { } above && !block.Vertical
                && above.Start <= cell.Start && cell.End <= above.End && (ReadsOn(Text(block), cell.Text) || IsWrappedTail(above, cell, line)))
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text is the last character or two of a long text above, which ran to the end of its line and
    /// wrapped them onto a line of their own, centred under it (实施单位 上海市残疾人康复职业培训中 / 心): alone on
    /// the line, no figure, under a text that is no sentence brought to its end.
    /// </summary>
    private bool IsWrappedTail(LineCell above, LineCell cell, int line)
    {
        var text = cell.Text.AsSpan().Trim();
        return _cells[line].Count == 1 && text.Length is > 0 and <= 2 && !text.ContainsAnyInRange('0', '9') && !IsFigure(cell.Text)
            && _cells[line - 1] is [.., var last] && last == above && above.End - above.Start >= _wide && !IsFigure(above.Text)
            && above.Text.TrimEnd() is { Length: > 0 } upper && upper[^1] is not ('。' or '；' or '，' or '、' or ')' or '）' or '.' or ';');
    }

    /// <summary>Whether other texts of the line stand under the block's wide text: a wrapped text's next line has its width to itself.</summary>
    private static bool Crowds(CellBlock block, LineCell cell, List<LineCell> line)
    {
        var end = block.Column + (block.Last?.Span ?? 1);
        return block.Last is { Span: > 1 } && line.Any(other => other != cell && other.Column > cell.Column && other.Column < end);
    }

    private int BoundOf(CellBlock block)
    {
        var last = block.Column + block.Span - 1;
        return last + 1 < _grid.Count ? _grid.StartOf(last + 1) : Math.Max(block.End, _grid.StartOf(last) + 2);
    }

    private bool Continues(CellBlock block, LineCell cell, int line)
    {
        if (_ruled)
        {
            return true;
        }

        if (block.Bottom != line - 1 || block.Last is not { } above)
        {
            return false;
        }

        if (cell.Span == 1 && ReadsOn(Text(block), cell.Text))
        {
            return true;
        }

        if (_forced[line - 1] && !block.Vertical)
        {
            return false;
        }

        if (block.Vertical)
        {
            return cell.Span == 1 && !IsFigure(cell.Text);
        }

        return !IsFigure(above.Text) && !IsFigure(cell.Text) && Filled(above) && cell.Span <= above.Span && !EndsParagraph(block, above);
    }

    /// <summary>
    /// Whether the block's last line is well short of its wider lines above: a wrapped paragraph's last line (its
    /// other lines fill its width), so the text below is another cell, even where the column's edge, found from
    /// texts set in the middle of their boxes, makes the short line look filled.
    /// </summary>
    private bool EndsParagraph(CellBlock block, LineCell above) =>
        block.Lines.Count >= 2 && above.End - above.Start < block.End - block.Start - (2 * ParagraphSlack);

    /// <summary>A text that reaches the right edge of its column: a wrapped text's lines do, but its last.</summary>
    private bool Filled(LineCell cell)
    {
        var last = cell.Column + cell.Span - 1;
        var edge = _grid.RightEdgeOf(last);
        if (cell.Span > 1 || edge == 0)
        {
            // A merged cell's text may reach the gap before the next column; a CJK paragraph's line not broken
            // before closing punctuation stops a character short of it.
            edge = last + 1 < _grid.Count ? _grid.StartOf(last + 1) - 1 - (cell.End - cell.Start >= _wide ? _slack : 0) : Math.Max(edge, cell.End);
        }

        return cell.End >= edge - _slack;
    }

    private bool IsNarrow(int column)
    {
        var edge = _grid.RightEdgeOf(column);
        return edge > 0 && edge - _grid.StartOf(column) <= _narrow;
    }

    /// <summary>A bare figure or percentage (or a no-value mark): these do not wrap, so two on consecutive lines are two cells. A measure with its unit may wrap.</summary>
    private static bool IsFigure(string text)
    {
        var t = text.AsSpan().Trim();
        if (t is "—" or "-" or "/" or "——" or "－")
        {
            return true;
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or ',' or '%' or '-' or '+'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>Labels a narrow column prints a character or two a line, cut where one of the layouts' words ends.</summary>
    private void SplitVerticalLabels()
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (!block.Vertical || block.Lines.Count < 2)
            {
                continue;
            }

            var parts = Cut(block.Lines);
            if (parts.Count > 1)
            {
                _blocks.RemoveAt(b);
                _blocks.InsertRange(b, parts.Select(p => CellBlock.Of(block.Column, p, vertical: true)));
                b += parts.Count - 1;
            }
        }
    }

    /// <summary>The lines cut into runs that each read as one of the layouts' words; lines that read as none join the run before.</summary>
    private List<List<(int Line, string Text)>> Cut(IReadOnlyList<(int Line, string Text)> lines)
    {
        var parts = new List<List<(int Line, string Text)>>();
        var at = 0;
        while (at < lines.Count)
        {
            var best = 0;
            var joined = string.Empty;
            for (var end = at; end < lines.Count && end - at < 12; end++)
            {
                joined += lines[end].Text;
                if (end > at && _vocabulary.IsLabel(LabelKey.Of(joined)))
                {
                    best = end - at + 1;
                }
            }

            if (best == 0)
            {
                if (parts.Count == 0)
                {
                    parts.Add([]);
                }

                parts[^1].Add(lines[at]);
                at++;
                continue;
            }

            parts.Add(lines.Skip(at).Take(best).ToList());
            at += best;
        }

        return parts;
    }

    /// <summary>Without rules: rows part where a column holds a second cell.</summary>
    private List<(int Top, int Bottom)> Bands()
    {
        var crossing = new int[_lines.Count + 1];
        var wide = new int[_lines.Count + 1];
        foreach (var block in _blocks.Where(b => !b.Vertical && b.Bottom > b.Top))
        {
            var isWide = block.End - block.Start >= _wide;
            for (var b = block.Top; b < block.Bottom; b++)
            {
                crossing[b]++;
                wide[b] += isWide ? 1 : 0;
            }
        }

        var startsAt = _blocks.Where(b => !b.Vertical).ToLookup(b => b.Top);
        var bands = new List<(int Top, int Bottom)>();
        var top = 0;
        var last = new Dictionary<int, CellBlock>();
        for (var j = 0; j < _lines.Count; j++)
        {
            if (_lines[j].IsRule)
            {
                if (j > top)
                {
                    bands.Add((top, j - 1));
                }

                top = j + 1;
                last.Clear();
                continue;
            }

            if (j > top && _forced[j - 1] && wide[j - 1] == 0)
            {
                bands.Add((top, j - 1));
                top = j;
                last.Clear();
            }

            foreach (var block in startsAt[j])
            {
                if ((last.TryGetValue(block.Column, out var before) || (before = Stacked(last.Values, block)) is not null) && before.Bottom < j)
                {
                    var cut = Cut(before.Bottom, j - 1, crossing);
                    if (wide[cut] == 0 || crossing[cut] == 0)
                    {
                        bands.Add((top, cut));
                        top = cut + 1;
                        last.Clear();
                        for (var k = top; k < j; k++)
                        {
                            foreach (var inside in startsAt[k])
                            {
                                last[inside.Column] = inside;
                            }
                        }
                    }
                }

                last[block.Column] = block;
            }
        }

        if (top < _lines.Count)
        {
            bands.Add((top, _lines.Count - 1));
        }

        return JoinParagraphs(bands);
    }

    /// <summary>
    /// A block of the band above this one whose text stands over this one's, or under which this one's stands
    /// whole: two cells of one row never stand one over the other, though texts centred in their boxes may start in
    /// different columns. Texts that only overlap at their ends are left alone (layout-mode PDF text drifts).
    /// </summary>
    private static CellBlock? Stacked(IEnumerable<CellBlock> band, CellBlock block)
    {
        CellBlock? stacked = null;
        foreach (var other in band)
        {
            var contained = (other.Start <= block.Start && block.End <= other.End) || (block.Start <= other.Start && other.End <= block.End);
            if (other.Bottom < block.Top && contained && (stacked is null || other.Bottom > stacked.Bottom))
            {
                stacked = other;
            }
        }

        return stacked;
    }

    /// <summary>
    /// A band of nothing but long texts, each beside a long text of the band after (or before) it in the same
    /// column, is that cell's next paragraph: a browser parts paragraphs of a cell with a blank line.
    /// </summary>
    private List<(int Top, int Bottom)> JoinParagraphs(List<(int Top, int Bottom)> bands)
    {
        var joined = new List<(int Top, int Bottom)>(bands);
        for (var i = 0; i < joined.Count; i++)
        {
            var own = BlocksIn(joined[i]);
            if (own.Count == 0 || own.Any(b => !IsWide(b)))
            {
                continue;
            }

            bool Beside((int Top, int Bottom) band) => own.All(b => BlocksIn(band).Any(o => o.Column == b.Column && IsWide(o)));
            if (i + 1 < joined.Count && Beside(joined[i + 1]))
            {
                joined[i + 1] = (joined[i].Top, joined[i + 1].Bottom);
                joined.RemoveAt(i);
                i--;
            }
            else if (i > 0 && Beside(joined[i - 1]))
            {
                joined[i - 1] = (joined[i - 1].Top, joined[i].Bottom);
                joined.RemoveAt(i);
                i--;
            }
        }

        return joined;
    }

    private List<CellBlock> BlocksIn((int Top, int Bottom) band) =>
        _blocks.Where(b => !b.Vertical && b.Top >= band.Top && b.Top <= band.Bottom).ToList();

    private bool IsWide(CellBlock block) => block.End - block.Start >= _wide && !block.Lines.Any(l => IsFigure(l.Text));

    /// <summary>The boundary (after line b) between from and to that the fewest cells run across; the first of equals.</summary>
    private static int Cut(int from, int to, int[] crossing)
    {
        var best = from;
        for (var b = from + 1; b <= to; b++)
        {
            if (crossing[b] < crossing[best])
            {
                best = b;
            }
        }

        return best;
    }

    /// <summary>With rules: each run of lines between two rules is a row.</summary>
    private List<(int Top, int Bottom)> RuledBands()
    {
        var bands = new List<(int Top, int Bottom)>();
        var top = -1;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].IsRule)
            {
                if (top >= 0)
                {
                    bands.Add((top, i - 1));
                }

                top = -1;
                continue;
            }

            top = top < 0 ? i : top;
        }

        if (top >= 0)
        {
            bands.Add((top, _lines.Count - 1));
        }

        return bands;
    }

    private IEnumerable<LayoutRow> Emit(List<(int Top, int Bottom)> bands, bool followsBreak)
    {
        if (bands.Count == 0)
        {
            yield break;
        }

        // Which band a line belongs to; a rule line to the band above it (text on a rule sits in a merged cell).
        var bandOf = new int[_lines.Count];
        var current = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            while (current + 1 < bands.Count && bands[current + 1].Top <= i)
            {
                current++;
            }

            bandOf[i] = current;
        }

        var placed = new List<LayoutCell>[bands.Count];
        for (var b = 0; b < bands.Count; b++)
        {
            placed[b] = [];
        }

        foreach (var group in _blocks.GroupBy(b => (Band: bandOf[b.Top], b.Column)).OrderBy(g => g.Key.Band).ThenBy(g => g.Key.Column))
        {
            var blocks = group.ToArray();
            var first = _ruled ? blocks.Min(b => bandOf[Math.Max(b.From, 0)]) : group.Key.Band;
            var lastBand = blocks.Max(b => bandOf[_ruled ? Math.Min(Math.Max(b.Reach, b.Bottom), _lines.Count - 1) : b.Bottom]);
            var text = string.Join('\n', blocks.Select(Text));
            var origin = blocks.SelectMany(b => b.Lines).Aggregate(CellOrigin.None, (o, l) => o.Join(CellOrigin.AtLine(_lines[l.Line].Number)));
            var span = blocks.Max(b => b.Span);
            var rows = _ruled ? lastBand - first + 1 : 1;
            placed[first].Add(new LayoutCell(text, group.Key.Column, origin) { ColumnSpan = span, RowSpan = rows });
            for (var b = first + 1; b < first + rows; b++)
            {
                placed[b].Add(new LayoutCell(text, group.Key.Column, origin) { ColumnSpan = span, RowSpan = rows, IsSpanCopy = true });
            }
        }

        for (var b = 0; b < bands.Count; b++)
        {
            if (placed[b].Count == 0)
            {
                continue;
            }

            yield return new LayoutRow(Ordered(placed[b])) { FollowsBreak = followsBreak };
            followsBreak = false;
        }
    }

    /// <summary>
    /// The row's cells in column order. Columns no cell covers stay out where they part a label from its figures:
    /// the table's columns are the union of every row's, so such an empty one would read as an empty figure.
    /// </summary>
    private static List<LayoutCell> Ordered(List<LayoutCell> cells)
    {
        var ordered = cells.OrderBy(c => c.Column).ToList();
        var padded = new List<LayoutCell>(ordered.Count * 2);
        var next = 0;
        foreach (var cell in ordered)
        {
            if (cell.Column < next && padded.Count > 0)
            {
                var before = padded[^1];
                if (before.Column < cell.Column)
                {
                    // A text ran over into the next column's start: it spans up to the next text only.
                    padded[^1] = new LayoutCell(before.Text, before.Column, before.Origin)
                    {
                        ColumnSpan = cell.Column - before.Column, RowSpan = before.RowSpan, IsSpanCopy = before.IsSpanCopy,
                    };
                }
                else
                {
                    // Two cells in one column (a merged cell's copy beside a text): the text wins the column.
                    if (!cell.IsSpanCopy && before.IsSpanCopy)
                    {
                        padded[^1] = cell;
                    }

                    continue;
                }
            }


            if (padded.Count > 0 && next < cell.Column && !IsFigure(padded[^1].Text) && !IsFigure(cell.Text))
            {
                // Between two texts an empty column stays (a row under a level-1 label with no level-2 label);
                // between a label and its figures it goes, as the figures are read in order.
                for (var c = next; c < cell.Column; c++)
                {
                    padded.Add(new LayoutCell(string.Empty, c, cell.Origin));
                }
            }

            padded.Add(cell);
            next = cell.Column + cell.ColumnSpan;
        }

        return padded;
    }

    /// <summary>
    /// A cell's lines joined: a wrapped CJK text without a space, words with one. A figure that a Chinese text wrapped
    /// mid-way (执行数4004445.2 / 8元) is one figure again: the wrap, not a space, parted it.
    /// </summary>
    private static string Text(CellBlock block) =>
        block.Lines.Skip(1).Aggregate(block.Lines[0].Text, (joined, line) => WrapsFigure(joined, line.Text) ? joined.TrimEnd() + line.Text.TrimStart() : TextNormalizer.JoinFragments(joined, line.Text));

    private static bool WrapsFigure(string upper, string lower)
    {
        var a = upper.AsSpan().TrimEnd();
        var b = lower.AsSpan().TrimStart();
        return a.Length > 1 && b.Length > 0 && (char.IsAsciiDigit(a[^1]) || (a[^1] == '.' && char.IsAsciiDigit(a[^2]))) && (char.IsAsciiDigit(b[0]) || b[0] is '%' || (b[0] == '.' && char.IsAsciiDigit(a[^1])))
            && a.ContainsAnyInRange('一', '鿿');
    }
}
