using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Roles;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Rebuilds a form's rows from a stream of cells, by the layout the form's own words name: a header field's
/// label takes the cell after it; the funding block's headings say how many figures each funding row takes;
/// the indicator table's headings give the columns, and its cells are cut into rows by alignment
/// (<see cref="IndicatorStreamAligner"/>); the total takes its figures and grade. Rows come out laid on the
/// columns of their headers, as a table would have printed them. Cells that fit nothing stay rows of their own.
/// </summary>
internal sealed partial class StreamRows(TemplateCatalog catalog)
{
    /// <summary>The reader of run-together indicator rows of each layout, made once: it compiles the layout's units into a pattern.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FormTemplate, FusedIndicatorRows> _fusedReaders = new(ReferenceEqualityComparer.Instance);

    /// <summary>Figures and no-value marks run together, nothing else.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\d.,%—–\-－/／]*\d[\d.,%—–\-－/／]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FigureRun();

    /// <summary>Figures that start with a zero and go on with digits (00, 012): two figures or more run together.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^0\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeadingZero();

    /// <summary>An item numbered 1 right after a full stop: a numbered list starting over.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[。；;])1(?=[、.．\p{IsCJKUnifiedIdeographs}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ListStartsOver();

    /// <summary>Code of the warning for figures run together that could not be parted with confidence.</summary>
    public const string FusedFiguresCode = "fused-figures";

    public IReadOnlyList<LayoutRow> Read(IReadOnlyList<LayoutCell> cells) => Read(cells, []);

    /// <param name="cells">The cells in reading order.</param>
    /// <param name="warnings">Where cells that could not be placed, and figures run together that could not be parted, are named with their line.</param>
    public IReadOnlyList<LayoutRow> Read(IReadOnlyList<LayoutCell> cells, List<ExtractionWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var rows = new List<LayoutRow>();
        foreach (var segment in Forms(cells))
        {
            var template = catalog.Recognize(segment.Select(c => new LayoutRow([c])).ToArray());
            var fused = _fusedReaders.GetOrAdd(template, static t => new FusedIndicatorRows(t));
            rows.AddRange(new FormWalk(catalog, template, segment, warnings, fused).Rows());
        }

        return rows;
    }

    /// <summary>
    /// The start of a title that the cutting at the layouts' words parted from it (稷山县 | 项目支出绩效自评表): the
    /// line's first cell, no word of a form nor a figure, that the title goes on from. Read apart, the place would be
    /// text before the form and the title would lose it. Null where the cell before is no such start.
    /// </summary>
    private LayoutCell? TitleWithItsStart(List<LayoutCell> current, LayoutCell cell)
    {
        if (current.Count == 0 || current[^1] is not { } start || start.Origin.Line != cell.Origin.Line || start.Fused || cell.Fused
            || (current.Count > 1 && current[^2].Origin.Line == start.Origin.Line)
            || !catalog.IsTitle(cell) || catalog.IsTitle(start) || catalog.Vocabulary.IsLabel(start.Key)
            || start.Key.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        var joined = new LayoutCell(start.Text.Trim() + cell.Text.Trim(), cell.Column, start.Origin.Join(cell.Origin));
        return catalog.IsTitle(joined) ? joined : null;
    }

    /// <summary>A long text cut to its start, for a message.</summary>
    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>The cells cut into forms at each title, or at a project name when the form already has one.</summary>
    private List<List<LayoutCell>> Forms(IReadOnlyList<LayoutCell> cells)
    {
        var projectNames = catalog.ProjectNames;
        var forms = new List<List<LayoutCell>> { new() };
        var hasName = false;
        foreach (var cell in cells)
        {
            var isName = projectNames.IsExactly(cell.Key);
            var current = forms[^1];
            var startsForm = catalog.IsTitle(cell)
                ? current.Count > 0 && !(current.Count == 1 && catalog.IsTitle(current[0]))
                : isName && hasName;
            if (startsForm)
            {
                forms.Add([]);
                hasName = false;
            }

            // A year that the flattening cut off the title it starts (2017 | 年部门整体支出绩效评价得分表) is the title's.
            var taken = cell;
            if (current.Count > 0 && current[^1] is var year && year.Origin.Line == cell.Origin.Line
                && FiscalYears.StartsCutTitle(year.Key, cell.Key) && catalog.IsTitle(cell))
            {
                current.RemoveAt(current.Count - 1);
                taken = new LayoutCell(year.Text.Trim() + " " + cell.Text.Trim(), cell.Column, year.Origin.Join(cell.Origin));
            }
            else if (TitleWithItsStart(current, cell) is { } whole)
            {
                current.RemoveAt(current.Count - 1);
                taken = whole;
            }

            forms[^1].Add(taken);
            hasName |= isName;
        }

        return forms.Where(f => f.Count > 0).ToList();
    }

    /// <summary>
    /// A report's section heading numbered by a Chinese numeral in brackets ((三)存在的问题和原因): the prose of a
    /// result page that goes on after its table. A form numbers its own parts 一、 二、 and its items in figures
    /// (1、, 指标1), never so.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\([一二三四五六七八九十]{1,3}\)\w", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReportSection();

    /// <summary>A breakdown row of the funding block as emitted: where, its printed texts, whether each is one figure, the warning that it was not read.</summary>
    private sealed record BreakdownRow(int At, LayoutRow Read, IReadOnlyList<string> Texts, bool Whole, ExtractionWarning? Unread);

    /// <summary>One form's cells walked in order against its layout.</summary>
    private sealed partial class FormWalk(TemplateCatalog catalog, FormTemplate template, List<LayoutCell> cells, List<ExtractionWarning> warnings, FusedIndicatorRows fusedRows)
    {
        /// <summary>Whole digits of the largest amount a form states: ten trillion yuan.</summary>
        private const int MaxAmountDigits = 14;

        private readonly List<LayoutRow> _rows = [];
        private readonly List<BreakdownRow> _breakdown = [];
        private int _totals;
        private bool _breakdownOpen;
        private int _at;
        private int _fundingColumns = template.FundingOrder.Count;
        private bool _fundingOrderLost;
        private int _goalHeadings;
        private IReadOnlyList<FundingColumn> _fundingRoles = template.FundingOrder;
        private Lazy<FigureReading?>? _fundingTotal;

        public List<LayoutRow> Rows()
        {
            if (template.RubricTable)
            {
                return RubricRows();
            }

            while (_at < cells.Count)
            {
                var cell = cells[_at];
                var key = cell.Key;
                if (catalog.IsTitle(cell) || FiscalYears.IsYearCell(key))
                {
                    Emit(cell);
                }
                else if (template.Header.Match(key, exact: true) is { } field && field != HeaderField.Grade)
                {
                    _at++;
                    // A heading of the layout after a label is the next field, its value left blank.
                    Emit(cell, HasValue() ? Take() : null);
                    continue;
                }
                else if (IsTotal(key))
                {
                    Total();
                    continue;
                }
                else if (template.Blocks[FormBlock.Funding].MatchLength(key) > 0 || IsFundingHeading(key))
                {
                    FundingHeader();
                    continue;
                }
                else if (template.FundingRows.Match(key, exact: true) is not null)
                {
                    FundingRow();
                    continue;
                }
                else if (template.GoalsExpected.IsExactly(key) || template.GoalsAchieved.IsExactly(key) || template.Blocks[FormBlock.Goals].IsExactly(key))
                {
                    Goals();
                    continue;
                }
                else if ((template.IndicatorColumns.Match(key) is not null || template.Blocks[FormBlock.Indicators].MatchLength(key) > 0) && OpensTable(cell))
                {
                    Indicators();
                    continue;
                }
                else if (template.Blocks[FormBlock.OutsideContract].MatchLength(key) > 0)
                {
                    _at++;
                    Emit([cell, .. TakeWhile(c => !IsStructural(c))]);
                    continue;
                }
                else
                {
                    Emit(cell);
                }

                _at++;
            }

            SettleBreakdown();
            return _rows;
        }

        /// <summary>
        /// A rubric's form: its criteria use the words of the funding and goal blocks (合计, 其他, 项目资金, 项目年度目标)
        /// and, flattened, their cells cannot be told from those blocks' own. Only what a label names unmistakably is
        /// placed: the title and year, header fields, a total with its figures right after it, the rubric's headings.
        /// Every other run of cells is kept as one text per line, which no word of the layout matches.
        /// </summary>
        private List<LayoutRow> RubricRows()
        {
            var loose = new List<LayoutCell>();
            void Flush()
            {
                foreach (var line in loose.GroupBy(c => c.Origin.Line))
                {
                    Emit(Joined(line.ToArray()));
                }

                loose.Clear();
            }

            while (_at < cells.Count)
            {
                var cell = cells[_at];
                var key = cell.Key;
                if (catalog.IsTitle(cell) || FiscalYears.IsYearCell(key))
                {
                    Flush();
                    Emit(Take());
                }
                else if (template.Header.Match(key, exact: true) is { } field && field != HeaderField.Grade)
                {
                    Flush();
                    _at++;
                    Emit(cell, HasValue() ? TakeValue() : null);
                }
                else if (IsTotal(key) && _at + 1 < cells.Count && NumberParser.IsNumber(cells[_at + 1].Key))
                {
                    Flush();
                    Total();
                }
                else if (template.IndicatorColumns.Match(key) is not null && Headings() is { Count: >= 2 } headings)
                {
                    Flush();
                    Emit([.. headings]);
                    loose.AddRange(TakeWhile(c => !EndsTable(c)));
                    Flush();
                }
                else
                {
                    loose.Add(Take());
                }
            }

            Flush();
            return _rows;
        }

        /// <summary>
        /// A header field's value, cut where it runs into the next field's label (办公局域网维护费项目实施单位: the value
        /// ends before 项目实施单位, which stays to be read as the label it is).
        /// </summary>
        private LayoutCell TakeValue()
        {
            var value = cells[_at];
            var text = value.Text.Trim();
            var (at, length) = (-1, 0);
            foreach (var word in template.HeaderWords.Words)
            {
                var found = text.IndexOf(word, 1, StringComparison.Ordinal);
                if (found > 0 && (at < 0 || found < at || (found == at && word.Length > length)))
                {
                    (at, length) = (found, word.Length);
                }
            }

            if (at > 0)
            {
                cells[_at] = new LayoutCell(text[..at].Trim(), value.Column, value.Origin);
                cells.Insert(_at + 1, new LayoutCell(text[at..].Trim(), value.Column, value.Origin));
            }

            return Take();
        }

        /// <summary>The indicator table's headings from here on, taken only when there are two or more.</summary>
        private List<LayoutCell> Headings()
        {
            var start = _at;
            var headings = TakeWhile(c => template.IndicatorColumns.Match(c.Key) is not null);
            if (headings.Count < 2)
            {
                _at = start;
            }

            return headings;
        }

        /// <summary>
        /// Whether the cell after a header field's label is its value: not a part of the form's structure, nor a label
        /// cut mid-word (项目名称 | 项目主管单 | 位: the name's value is lost, not 项目主管单).
        /// </summary>
        private bool HasValue() =>
            _at < cells.Count && !IsStructural(cells[_at]) && !template.Signature.IsExactly(cells[_at].Key)
            && !(cells[_at].Key.Length >= 3 && template.HeaderWords.IsCutWord(cells[_at].Key));

        private void FundingHeader()
        {
            var headings = JoinCutHeadings(TakeWhile(c => template.Blocks[FormBlock.Funding].MatchLength(c.Key) > 0 || template.FundingColumns.Match(c.Key) is not null));
            var label = headings.FirstOrDefault(c => template.Blocks[FormBlock.Funding].MatchLength(c.Key) > 0 || template.FundingColumns.Match(c.Key) == FundingColumn.RowLabel);
            var data = headings.Where(c => c != label && template.FundingColumns.Match(c.Key) is not FundingColumn.RowLabel and not null).ToArray();
            if (data.Length > 0)
            {
                _fundingColumns = data.Length;
                _fundingRoles = data.Select(c => template.FundingColumns.Match(c.Key)!.Value).ToArray();
            }

            if (data.Length > 0 && LateHeading(data.Length) is { } late)
            {
                data = [.. data, late];
                _fundingColumns = data.Length;
                _fundingRoles = [.. _fundingRoles, template.FundingColumns.Match(late.Key, exact: true)!.Value];
            }

            _fundingOrderLost |= headings.Any(h => h.Fused) && _at < cells.Count && IsValue(cells[_at]) && _at + 1 < cells.Count && IsFundingHeading(cells[_at + 1].Key);

            Emit([label ?? Blank(headings[0]), Blank(headings[0]), .. data]);
            UnlabelledFigures();
        }

        /// <summary>
        /// Figures right after the funding block's headings, before any row's label (a spreadsheet's text that lists
        /// a block's figures before its labels, out of their rows): which row and column each is in cannot be told
        /// without guessing. Even figures the row arithmetic fits could be the total's or a source's (their rows
        /// print alike), so they are named together rather than read.
        /// </summary>
        private void UnlabelledFigures()
        {
            var figures = TakeWhile(IsValue);
            if (figures.Count > 0)
            {
                warnings.Add(new ExtractionWarning("unplaced-cell",
                    $"Funding figures listed after the headings, apart from their rows' labels, could not be placed: '{string.Join(' ', figures.Select(c => c.Text.Trim()))}'.",
                    Path: "/funding", Line: figures[0].Origin.Line));
            }
        }

        /// <summary>
        /// A heading cut at its spaces into pieces (执行率(全年 | 执行数/全年 | 预算数)) joined back where the pieces together are
        /// one heading of the layout and none alone is.
        /// </summary>
        private List<LayoutCell> JoinCutHeadings(List<LayoutCell> headings)
        {
            for (var i = 0; i < headings.Count; i++)
            {
                for (var j = headings.Count - 1; j > i; j--)
                {
                    var pieces = headings.GetRange(i, j - i + 1);
                    var key = string.Concat(pieces.Select(p => p.Key));
                    if (template.FundingColumns.Match(key, exact: true) is null || pieces.Any(p => template.FundingColumns.Match(p.Key, exact: true) is not null))
                    {
                        continue;
                    }

                    var joined = Joined([.. pieces]);
                    headings.RemoveRange(i, pieces.Count);
                    headings.Insert(i, new LayoutCell(joined.Text, pieces[0].Column, joined.Origin) { Key = key });
                    break;
                }
            }

            return headings;
        }

        /// <summary>
        /// A heading of the funding block printed after the first rows' figures rather than above them (a spreadsheet's
        /// text that lists 得分 after the row it heads): where the first funding row holds more figures than there are
        /// headings, the first cell after the block's rows and figures that is a heading the block lacks is its next
        /// column. It is taken out of the stream, so it is not read as the start of another table.
        /// </summary>
        private LayoutCell? LateHeading(int headings)
        {
            var at = _at;
            if (at >= cells.Count || template.FundingRows.Match(cells[at].Key, exact: true) is null)
            {
                return null;
            }

            var figures = 0;
            while (++at < cells.Count && IsValue(cells[at]))
            {
                figures++;
            }

            if (figures <= headings)
            {
                return null;
            }

            for (; at < cells.Count; at++)
            {
                var key = cells[at].Key;
                if (IsValue(cells[at]) || template.FundingRows.Match(key, exact: true) is not null)
                {
                    continue;
                }

                if (template.FundingColumns.Match(key, exact: true) is { } role && role is not (FundingColumn.RowLabel or FundingColumn.Ignore) && !_fundingRoles.Contains(role))
                {
                    var late = cells[at];
                    cells.RemoveAt(at);
                    return late;
                }

                return null;
            }

            return null;
        }

        private void FundingRow()
        {
            var label = Take();
            if (label.Fused)
            {
                // OCR's text run together: figures are taken only as printed apart, never parted by arithmetic. Under
                // headings that a figure broke apart, the block has lost its order (OCR read its cells out of place):
                // which row and column a figure is in cannot be told.
                var printed = TakeWhile(c => IsValue(c), _fundingColumns);
                if (_fundingOrderLost && printed.Count > 0)
                {
                    warnings.Add(new ExtractionWarning("unplaced-cell", $"Figures of the funding row '{label.Text}' run together out of order could not be placed: {string.Join(" ", printed.Select(v => v.Text))}.", Path: "/funding", Line: label.Origin.Line));
                    printed = [];
                }

                Emit([Blank(label), label, .. printed]);
                return;
            }

            PartTrailingMarks();
            var start = _at;
            var run = TakeWhile(c => IsValue(c) || FigureRun().IsMatch(c.Key));
            var slot = template.FundingRows.Match(label.Key, exact: true);
            var isTotal = slot == FundingSlot.Total;
            _totals += isTotal ? 1 : 0;
            // Only the sources the total is the sum of are chosen together; another source leaves the sum open.
            var addsUp = slot is FundingSlot.FiscalAppropriation or FundingSlot.Carryover or FundingSlot.Other || (slot == FundingSlot.Extra && template.ExtraRowsAddUp);
            _breakdownOpen |= slot == FundingSlot.Extra && !template.ExtraRowsAddUp;
            // An amount with more decimals than two (15,135,495.7610, 31816989.5410) is an amount run into the
            // figure after it (15,135,495.76 and 10): its grouping, if any, says where its whole part ends, the row's
            // arithmetic which of its digits are decimals. Where no reading is supported, it is read as printed.
            var apart = run.All(c => IsValue(c) && !LeadingZero().IsMatch(c.Key) && !BeyondAnyAmount(c.Key) && !RunIntoRate(c.Key) && (isTotal || !BeyondTheTotal(c)));
            FigureReading? grouped = null;
            if (apart && run.Any(c => GroupedRunOn(c.Key))
                && FusedFundingRow.Read(run.Select(c => c.Text.Trim()).ToArray(), _fundingRoles, isTotal ? null : _fundingTotal?.Value, template.NoValueMarks, isTotal, template.RateBase) is { } parted
                && parted.Texts.Count > run.Count)
            {
                apart = false;
                grouped = parted;
            }

            if (apart)
            {
                _at = start;
                var values = TakeWhile(IsValue, _fundingColumns);
                if (isTotal)
                {
                    // The total's figures, read by shape, check the breakdown rows that may run theirs together.
                    // Read only if a breakdown row or the indicators' sums need it: most totals are printed apart.
                    var (printed, roles) = (values.Select(c => FundingValue(c.Key)).ToArray(), _fundingRoles);
                    _fundingTotal = new(() => FusedFundingRow.Read(printed, roles, null, template.NoValueMarks, rateBase: template.RateBase));
                }

                Emit([Blank(label), label, .. values]);
                if (addsUp)
                {
                    _breakdown.Add(new(_rows.Count - 1, _rows[^1], [.. values.Select(c => FundingValue(c.Key))], true, null));
                }

                return;
            }

            // Figures printed without gaps: read by their shapes and the row's arithmetic, else left as printed
            // (a figure that cannot be read is reported so).
            var reading = grouped ?? FusedFundingRow.Read(run.Select(c => c.Text.Trim()).ToArray(), _fundingRoles, isTotal ? null : _fundingTotal?.Value, template.NoValueMarks, isTotal, template.RateBase);
            if (isTotal)
            {
                _fundingTotal = new(reading);
            }

            ExtractionWarning? unread = null;
            if (reading is null && run.Count > 0)
            {
                // Not read: the run's pieces stay together in one cell as printed, which no sum takes for a figure.
                unread = new ExtractionWarning(FusedFiguresCode,
                    $"'{string.Join(' ', run.Select(c => c.Text.Trim()))}' in the funding row '{label.Text}' runs figures together that cannot be parted with confidence; they are left unread.",
                    Path: "/funding", Line: label.Origin.Line);
                warnings.Add(unread);
                Emit([Blank(label), label, new LayoutCell(string.Join(' ', run.Select(c => c.Text.Trim())), 0, run[0].Origin)]);
            }
            else
            {
                Emit([Blank(label), label, .. reading is null ? run : reading.Texts.Select(t => new LayoutCell(t, 0, run[0].Origin).Placed(CellPlacement.Fused))]);
            }

            if (addsUp && run.Count > 0)
            {
                _breakdown.Add(new(_rows.Count - 1, _rows[^1], [.. run.Select(c => c.Text.Trim())], false, unread));
            }
        }

        /// <summary>
        /// The breakdown rows whose figures ran together, read again together: where only one choice of their readings
        /// adds up to the total in every money column, that choice is taken (a row two readings fit alike, or one read
        /// by the likeness of its decimals alone, 1991.31|766.57 where 1991.3|1766.57 adds up). Rows printed apart
        /// take part in the sums as printed; a block of more than one total, or of a source the sum leaves open, is not read so.
        /// </summary>
        private void SettleBreakdown()
        {
            if (_breakdownOpen || _totals != 1 || _fundingTotal?.Value is not { } total || _breakdown.All(b => b.Whole))
            {
                return;
            }

            var chosen = FusedFundingRow.Jointly(_breakdown.Select(b => b.Texts).ToArray(), _breakdown.Select(b => b.Whole).ToArray(), _fundingRoles, total, template.NoValueMarks);
            for (var i = 0; i < _breakdown.Count; i++)
            {
                var row = _breakdown[i];
                if (row.Whole || chosen?[i] is not { } reading)
                {
                    continue;
                }

                var cells = row.Read.Cells;
                var origin = cells[^1].Origin;
                _rows[row.At] = RowOf([cells[0], cells[1], .. reading.Texts.Select(t => new LayoutCell(t, 0, origin))]);
                if (row.Unread is { } warning)
                {
                    warnings.Remove(warning);
                }
            }
        }

        private void Total()
        {
            // The total's weight and score run together (10096): parted at the layout's total weight.
            if (_at + 1 < cells.Count && FigureRun().IsMatch(cells[_at + 1].Key) && TotalFigures(_at + 1) is { } fused
                && !fused.Texts.SequenceEqual(cells.Skip(_at + 1).Take(fused.Texts.Count).Select(c => c.Text.Trim()), StringComparer.Ordinal))
            {
                var totalLabel = Take();
                var origin = cells[_at].Origin;
                var used = FigureRun().IsMatch(cells[_at].Key) && string.Concat(fused.Texts) != cells[_at].Key ? 2 : 1;
                _at += Math.Min(used, cells.Count - _at);
                Emit([totalLabel, .. fused.Texts.Select(t => new LayoutCell(t, 0, origin)), .. TakeWhile(c => IsGrade(c) || template.Header[HeaderField.Grade].IsExactly(c.Key), 2)]);
                return;
            }

            var label = Take();
            var rest = TakeWhile(c => NumberParser.IsNumber(c.Key) || IsGrade(c) || template.Header[HeaderField.Grade].IsExactly(c.Key), 4);
            Emit([label, .. rest]);
        }

        /// <summary>The goals' headings, then their texts: two texts are the expected and the achieved; more are split where the achieved text repeats the expected one's start.</summary>
        private void Goals()
        {
            // Run together, a heading of the layout among the goals' headings (全年(调整)绩效目标) is one of them, not a goal's text.
            var headings = TakeWhile(c => template.GoalsExpected.IsExactly(c.Key) || template.GoalsAchieved.IsExactly(c.Key) || template.Blocks[FormBlock.Goals].IsExactly(c.Key)
                || (c.Fused && template.Signature.IsExactly(c.Key)));
            var block = headings.FirstOrDefault(c => template.Blocks[FormBlock.Goals].IsExactly(c.Key));
            var expected = headings.FirstOrDefault(c => template.GoalsExpected.IsExactly(c.Key));
            var achieved = headings.FirstOrDefault(c => template.GoalsAchieved.IsExactly(c.Key));
            _goalHeadings += headings.Count(c => c != block);
            Emit([block ?? Blank(headings[0]), expected ?? Blank(headings[0]), achieved ?? Blank(headings[0])]);
            // Dots printed to fill a cell (.. ......) hold nothing.
            var texts = TakeWhile(c => !IsStructural(c)).Where(c => !CellShapes.IsPlaceholder(c.Key)).ToList();
            if (texts.Count == 0)
            {
                return;
            }

            // Run together under two or more headings, the texts of the goals' columns cannot be told apart.
            if (_goalHeadings >= 2 && texts.Any(t => t.Fused))
            {
                warnings.Add(new ExtractionWarning("unplaced-cell", $"The goals' texts run together under {_goalHeadings} headings could not be told apart: '{Shortened(texts[0].Text)}'.", Path: "/goals", Line: texts[0].Origin.Line));
                return;
            }

            // A lone text that quotes the expected goals' heading (按照年初设定目标,…) is no text of that column: it is
            // the achieved goals', run on from the expected ones where the text gives no mark between them.
            if (texts.Count == 1 && template.GoalsExpected.FoundIn(texts[0].Key) is not null)
            {
                warnings.Add(new ExtractionWarning("unplaced-cell", $"The goals' texts run together and quote the heading of the first: they could not be told apart: '{Shortened(texts[0].Text)}'.", Path: "/goals", Line: texts[0].Origin.Line));
                return;
            }

            if (texts.Count == 1 && ListStartsOver().Match(texts[0].Text) is { Success: true } over)
            {
                // Both goals in one text run together: the achieved one starts where the numbering starts over.
                var text = texts[0].Text;
                texts = [new LayoutCell(text[..over.Index].Trim(), 0, texts[0].Origin), new LayoutCell(text[over.Index..].Trim(), 0, texts[0].Origin)];
            }
            else if (texts.Count == 1 && expected is not null && achieved is not null && TwoOnOneLine(texts[0]) is { } two)
            {
                texts = [.. two];
            }

            var split = texts.Count == 2 ? 1 : SplitAt(texts);
            if (Interleaved(texts, split))
            {
                // Two columns whose lines the text interleaves (a spreadsheet's wrapped cells printed line by line)
                // cannot be joined back into their goals: a goal read from them would mix both columns.
                warnings.Add(new ExtractionWarning("unplaced-cell", $"The goals' two columns are interleaved line by line and could not be told apart: '{Shortened(texts[0].Text)}'.", Path: "/goals", Line: texts[0].Origin.Line));
                return;
            }

            var first = Joined(texts.Take(split).ToArray());
            var second = split < texts.Count ? Joined(texts.Skip(split).ToArray()) : Blank(texts[0]);
            Emit([Blank(texts[0]), first, second]);
        }

        private void Indicators()
        {
            var headings = TakeWhile(c => template.IndicatorColumns.Match(c.Key) is not null || template.Blocks[FormBlock.Indicators].MatchLength(c.Key) > 0);
            var columns = headings.Where(c => template.Blocks[FormBlock.Indicators].MatchLength(c.Key) == 0)
                .Select(c => template.IndicatorColumns.Match(c.Key)!.Value).ToList();
            if (columns.Count < 2)
            {
                // A heading alone is no header: the layout's order stands in.
                columns = [.. template.IndicatorOrder];
            }

            var split = columns.Contains(IndicatorColumn.TargetComparator) || columns.Contains(IndicatorColumn.TargetUnit);
            columns = [.. TargetColumns.Settled(columns.Select(c => c == IndicatorColumn.TargetNumber && !split ? IndicatorColumn.Target : c).ToList())];
            var headingCells = headings.Where(c => template.Blocks[FormBlock.Indicators].MatchLength(c.Key) == 0).ToArray();
            if (headingCells.Length >= 2)
            {
                Emit(headingCells);
            }

            var content = TakeWhile(c => !EndsTable(c));
            // A row run together that no label parted has no cell that can be told from the others, and a heading
            // misread out of the header's run is no indicator: both are named, not read.
            var unclear = content.Where(c => c.Fused && (FusedCells.IsRunTogether(c.Text) || IsHeading(c))).ToHashSet();
            foreach (var run in unclear)
            {
                warnings.Add(new ExtractionWarning("unplaced-cell", IsHeading(run)
                    ? $"A heading run together out of its header was not read as an indicator: '{run.Text}'."
                    : $"Cells run together without a separator could not be parted: '{Shortened(run.Text)}'.", Path: "/indicators", Line: run.Origin.Line));
            }

            content = content.Where(c => !unclear.Contains(c)).ToList();
            if (content.Count == 0)
            {
                return;
            }

            var scatteredTable = new ScatteredIndicatorTable(template);
            if (headingCells.Length < 2 && scatteredTable.Read(headingCells, content, IsCategory) is { } scattered)
            {
                ScatteredRows(scattered, scatteredTable);
                return;
            }

            if (WeightFirst(content, columns) || FusedRows(content, columns))
            {
                return;
            }

            foreach (var row in new IndicatorStreamAligner(template).Align(content, columns))
            {
                // Run together, a name with no value beside it (category labels aside) is a stray piece of the table,
                // not a row that can be read.
                var named = row.Where(p => p.Column is not (IndicatorColumn.Level1 or IndicatorColumn.Level2) && !IsCategory(content[p.Cell])).ToArray();
                if (named.Length <= 1 && row.All(p => content[p.Cell].Fused))
                {
                    var stray = string.Join(" ", row.Select(p => content[p.Cell].Text));
                    warnings.Add(new ExtractionWarning("unplaced-cell", $"Text run together with no value beside it was not read as an indicator: '{Shortened(stray)}'.", Path: "/indicators", Line: content[row[0].Cell].Origin.Line));
                    continue;
                }

                var laid = new LayoutCell?[columns.Count];
                var previous = -1;
                foreach (var (index, column) in ReasonOnItsLine(row, content, columns))
                {
                    var at = columns.IndexOf(column);
                    // A cell put in a column other than the next one (past a column, or back) was placed by a guess.
                    var cell = previous >= 0 && at != previous && at != previous + 1 ? content[index].Placed(CellPlacement.Moved) : content[index];
                    previous = at;
                    laid[at] = laid[at] is { } before ? Joined([before, cell]) : cell;
                }

                Emit(laid.Select(c => c ?? Blank(content[row[0].Cell])).ToArray());
            }
        }

        /// <summary>The rows of a table whose headings were scattered among its cells; cells out of their rows are named, not read.</summary>
        private void ScatteredRows(ScatteredIndicatorTable.Reading table, ScatteredIndicatorTable reader)
        {
            Emit([.. table.Headings]);
            foreach (var row in table.Rows)
            {
                Emit(row.Select(c => c ?? Blank(table.Headings[0])).ToArray());
            }

            foreach (var run in table.Unread)
            {
                // The names say which indicators were left out.
                var names = run.Where(c => reader.IsName(c, IsCategory)).Select(c => c.Text.Trim()).ToArray();
                warnings.Add(new ExtractionWarning("unplaced-cell",
                    $"{run.Count} cells of the indicator table printed out of their rows could not be put back in them and were not read as indicators"
                    + (names.Length > 0 ? $" ({string.Join(", ", names)})" : "") + $": '{Shortened(string.Join(' ', run.Select(c => c.Text.Trim())))}'.",
                    Path: "/indicators", Line: run[0].Origin.Line));
            }
        }

        /// <summary>
        /// A row printed on one line (its name and its figures side by side) keeps its reason on that line too: a
        /// reason cell split by a line break starts on its row. Text the stream put in the reason from the lines
        /// under such a row, in a table that prints a skipped column after the reason (得分计算方法), is that column's
        /// text printed under the row, or a dash for its empty cell.
        /// </summary>
        private static IEnumerable<(int Cell, IndicatorColumn Column)> ReasonOnItsLine(
            IReadOnlyList<(int Cell, IndicatorColumn Column)> row, List<LayoutCell> content, List<IndicatorColumn> columns)
        {
            var reasonAt = columns.IndexOf(IndicatorColumn.DeviationReason);
            if (reasonAt < 0 || !columns.Skip(reasonAt + 1).Contains(IndicatorColumn.Ignore))
            {
                return row;
            }

            int? LineOf(IndicatorColumn column) => row.Where(p => p.Column == column).Select(p => content[p.Cell].Origin.Line).FirstOrDefault();
            var line = LineOf(IndicatorColumn.Name);
            var figures = row.Where(p => p.Column is IndicatorColumn.Weight or IndicatorColumn.Score).Select(p => content[p.Cell].Origin.Line).ToArray();
            var reason = LineOf(IndicatorColumn.DeviationReason);
            return line is null || figures.Length == 0 || figures.Any(f => f != line) || reason is null || reason <= line
                ? row
                : row.Where(p => p.Column != IndicatorColumn.DeviationReason);
        }

        /// <summary>
        /// Run together, a heading opens the indicator table only with another beside it: a header's label that some
        /// layout also uses over a column (自评得分) is not the table's start.
        /// </summary>
        private bool OpensTable(LayoutCell cell) =>
            !cell.Fused || (_at + 1 < cells.Count && template.IndicatorColumns.Match(cells[_at + 1].Key) is not null);

        private bool IsHeading(LayoutCell cell) =>
            template.Signature.IsExactly(cell.Key) || template.IndicatorColumns.Match(cell.Key, exact: true) is not (null or IndicatorColumn.Level1 or IndicatorColumn.Level2);

        /// <summary>
        /// Indicator rows whose cells ran together, read row by row (<see cref="FusedIndicatorRows"/>) and laid on the
        /// columns; false where the cells are not run together or the columns lack one the reading fills.
        /// </summary>
        private bool FusedRows(List<LayoutCell> content, List<IndicatorColumn> columns)
        {
            IndicatorColumn[] needed = [IndicatorColumn.Name, IndicatorColumn.Target, IndicatorColumn.Actual, IndicatorColumn.Weight, IndicatorColumn.Score];
            if (!needed.All(columns.Contains) || !fusedRows.IsFused(content))
            {
                return false;
            }

            var items = fusedRows.Read(content, IsCategory);
            var rows = fusedRows.Weigh(items.OfType<FusedIndicatorRow>().ToArray(), IndicatorSums(out var scores), scores);
            var next = 0;
            var labels = new List<LayoutCell>();
            foreach (var item in items)
            {
                if (item is LayoutCell label)
                {
                    labels.Add(label);
                    continue;
                }

                var row = rows[next++];
                var cells = new List<(IndicatorColumn, LayoutCell?)> { (IndicatorColumn.Name, row.Name), (IndicatorColumn.Target, row.Target), (IndicatorColumn.Actual, row.Actual) };
                if (row.Reading is { } reading)
                {
                    for (var i = 0; i < reading.Texts.Count; i++)
                    {
                        cells.Add((reading.Columns[i] switch { 0 => IndicatorColumn.Actual, 1 => IndicatorColumn.Weight, _ => IndicatorColumn.Score }, new LayoutCell(reading.Texts[i], 0, row.Name.Origin).Placed(CellPlacement.Fused)));
                    }
                }
                else if (row.Figures.Count > 0)
                {
                    // Figures that two readings fit alike are not guessed: the row keeps no weight or score, and says why.
                    var printed = string.Join(' ', row.Figures.Select(f => f.Text));
                    warnings.Add(new ExtractionWarning(FusedFiguresCode,
                        $"'{printed}' after {row.Name.Text} runs figures together that can be parted more than one way; its weight and score are left out.",
                        Line: row.Name.Origin.Line));
                }

                cells.Add((IndicatorColumn.DeviationReason, row.Deviation));
                EmitLaid(columns, labels, row.Name, cells);
            }

            if (labels.Count > 0)
            {
                Emit([.. labels]);
            }

            return true;
        }

        /// <summary>
        /// A row read from run-together cells laid on the table's columns, under the category labels read before it
        /// (which it takes, leaving <paramref name="labels"/> empty); columns the table lacks are dropped.
        /// </summary>
        private void EmitLaid(List<IndicatorColumn> columns, List<LayoutCell> labels, LayoutCell name, IEnumerable<(IndicatorColumn Column, LayoutCell? Cell)> cells)
        {
            var laid = new LayoutCell?[columns.Count];
            void Put(IndicatorColumn column, LayoutCell? cell)
            {
                if (cell is not null && columns.IndexOf(column) is var at && at >= 0)
                {
                    laid[at] = cell;
                }
            }

            foreach (var l in labels)
            {
                Put(template.Categories.FindSubCategory(l.Key) is not null && template.Categories.FindGroup(l.Key) is null ? IndicatorColumn.Level2 : IndicatorColumn.Level1, l);
            }

            labels.Clear();
            foreach (var (column, cell) in cells)
            {
                Put(column, cell);
            }

            Emit(laid.Select(c => c ?? Blank(name)).ToArray());
        }

        /// <summary>
        /// Indicator rows run together from a table that prints the weight before the target and actual
        /// (<see cref="WeightFirstRows"/>), laid on the columns; false where the table or its cells are not so.
        /// </summary>
        private bool WeightFirst(List<LayoutCell> content, List<IndicatorColumn> columns)
        {
            var weight = columns.IndexOf(IndicatorColumn.Weight);
            if (weight < 0 || weight > columns.IndexOf(IndicatorColumn.Target) || weight > columns.IndexOf(IndicatorColumn.Actual) || !WeightFirstRows.IsFused(content))
            {
                return false;
            }

            var labels = new List<LayoutCell>();
            foreach (var item in WeightFirstRows.Read(content, IsCategory, template.NoValueMarks, warnings))
            {
                if (item is LayoutCell label)
                {
                    labels.Add(label);
                    continue;
                }

                var row = (WeightFirstRow)item;
                EmitLaid(columns, labels, row.Name,
                    [(IndicatorColumn.Name, row.Name), (IndicatorColumn.Weight, row.Weight), (IndicatorColumn.Target, row.Target), (IndicatorColumn.Actual, row.Actual), (IndicatorColumn.Score, row.Score)]);
            }

            if (labels.Count > 0)
            {
                Emit([.. labels]);
            }

            return true;
        }

        private bool IsCategory(LayoutCell cell) =>
            template.Categories.FindGroup(cell.Key) is not null || template.Categories.FindSubCategory(cell.Key) is not null;

        /// <summary>What the indicators' weights and scores add up to: the total's less the funding's, where both were read.</summary>
        private decimal? IndicatorSums(out decimal? scores)
        {
            scores = null;
            if (_at >= cells.Count || !IsTotal(cells[_at].Key) || TotalFigures(_at + 1) is not { } total)
            {
                return null;
            }

            var weightAt = _fundingRoles.ToList().IndexOf(FundingColumn.Weight);
            var scoreAt = _fundingRoles.ToList().IndexOf(FundingColumn.Score);
            var fundingWeight = _fundingTotal?.Value?.In(weightAt);
            var fundingScore = _fundingTotal?.Value?.In(scoreAt);
            // Scores are printed with two decimals at most: a total printed with a float's noise (99.99999999999999) is
            // the sum rounded to them, so the rows' scores are meant to add up to it once rounded (100).
            scores = fundingScore is { } fs && total.In(1) is { } ts ? Math.Round(ts - fs, 2, MidpointRounding.AwayFromZero) : null;
            return fundingWeight is { } fw && total.In(0) is { } tw ? tw - fw : null;
        }

        /// <summary>The total's weight and score from the cells at the position, run together or not: the weight is the layout's total.</summary>
        private FigureReading? TotalFigures(int at)
        {
            var texts = new List<string>();
            for (var i = at; i < cells.Count && texts.Count < 2 && FigureRun().IsMatch(cells[i].Key); i++)
            {
                // Figures a space parts within one cell (100 96.8, where the flattening kept the gap) are two texts.
                texts.AddRange(cells[i].Text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            FigureReading[] Read(FigureShape score) => FusedFigures.Readings(texts, [FigureShape.Weight, score], template.NoValueMarks, scoreWithinWeight: false)
                .Where(r => r.Columns.Count == 2 && r.In(0) == template.TotalWeight)
                .DistinctBy(r => string.Join('\u0001', r.Texts), StringComparer.Ordinal).ToArray();

            // A total scored above its weight (100103.3, a form that overscores) is still its figures: the weight is known.
            var readings = Read(FigureShape.Score) is { Length: > 0 } within ? within : Read(FigureShape.Money);
            return readings.Length == 1 ? readings[0] : null;
        }

        /// <summary>
        /// One line of text under both goal headings, parted by a single run of spaces, is the two cells side by side:
        /// a goal's own text has no reason to hold one gap.
        /// </summary>
        private static LayoutCell[]? TwoOnOneLine(LayoutCell text)
        {
            var parts = text.Text.Trim().Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 2 && !text.Text.Contains('\n', StringComparison.Ordinal)
                ? [new LayoutCell(parts[0], text.Column, text.Origin), new LayoutCell(parts[1], text.Column, text.Origin)]
                : null;
        }

        /// <summary>Where the expected goal's text ends: where a text starts as the first one does (目标1 … 目标1 …), else all is expected.</summary>
        /// <summary>
        /// Whether the goals' texts interleave two columns: on one side, once split, an item is numbered twice in a row
        /// (2. | 2.加强… on the achieved side), once for each column's copy of its line. One column's list goes on to the
        /// next number or starts over at 1, never repeats the number it is at.
        /// </summary>
        private static bool Interleaved(List<LayoutCell> texts, int split) =>
            RepeatsAnItem(texts.Take(split)) || RepeatsAnItem(texts.Skip(split));

        private static bool RepeatsAnItem(IEnumerable<LayoutCell> side)
        {
            var numbers = side.Select(t => ListItem().Match(t.Key)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
            // 1 after 1 is a second list starting over (the other column's goals left on this side), not a repeat.
            return numbers.Zip(numbers.Skip(1)).Any(p => p.First == p.Second && p.First != "1");
        }

        /// <summary>A text that starts a numbered list's item (1. 2、), its number captured.</summary>
        [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,2})[.、．](?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
        private static partial System.Text.RegularExpressions.Regex ListItem();

        private static int SplitAt(List<LayoutCell> texts)
        {
            var start = texts[0].Key.Length >= 3 ? texts[0].Key[..3] : texts[0].Key;
            for (var i = 1; i < texts.Count; i++)
            {
                if (texts[i].Key.StartsWith(start, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return texts.Count;
        }

        /// <summary>
        /// A figure with more whole digits than any budget has (ten trillion yuan has 14) is figures run together.
        /// </summary>
        private static bool BeyondAnyAmount(string key)
        {
            var whole = key.Split('.')[0].Count(char.IsAsciiDigit);
            return whole > MaxAmountDigits;
        }

        private bool IsValue(LayoutCell cell) =>
            NumberParser.IsNumber(FundingValue(cell.Key)) || RateParser.Parse(cell.Key) is not null || template.NoValueMarks.Contains(cell.Key);

        /// <summary>A figure with a unit after it (4753.66万元) as the figure alone.</summary>
        private static string FundingValue(string key) =>
            key.EndsWith("万元", StringComparison.Ordinal) ? key[..^2] : key.EndsWith('万') || key.EndsWith('元') ? key[..^1] : key;

        // A sentence that starts with a heading's word (执行率*该指标分值,…。, a 得分计算方法 text) is a cell's text, not a heading.
        private bool IsFundingHeading(string key) => template.FundingColumns.Match(key) is { } role && role != FundingColumn.Ignore
            && !(role is FundingColumn.Weight or FundingColumn.Score) && !key.EndsWith('。');

        private bool IsTotal(string key) =>
            template.Blocks[FormBlock.Total].IsExactly(key) || (template.Blocks[FormBlock.Total].MatchLength(key) > 0 && template.Blocks[FormBlock.Total].IsExactly(PrintedPoints.Split(key).Words));

        private bool IsGrade(LayoutCell cell) => cell.Key.Length <= 3 && template.Grades.Any(g => cell.Key.StartsWith(g.Grade, StringComparison.Ordinal));

        /// <summary>A cell that starts another part of the form.</summary>
        private bool IsStructural(LayoutCell cell)
        {
            var key = cell.Key;
            return catalog.IsTitle(cell) || IsTotal(key)
                || template.Header.Match(key, exact: true) is not null
                || template.Blocks.Match(key) is not null
                || template.FundingRows.Match(key, exact: true) is not null
                || IsFundingHeading(key)
                || template.GoalsExpected.IsExactly(key) || template.GoalsAchieved.IsExactly(key)
                || template.IndicatorColumns.Match(key, exact: true) is IndicatorColumn.Level1 or IndicatorColumn.Level2 or IndicatorColumn.Name;
        }

        /// <summary>What ends the indicator table: its total, a block the contract does not hold, the next form, a report's next numbered section.</summary>
        private bool EndsTable(LayoutCell cell) =>
            cell.Text.TrimStart().StartsWith('#') || IsTotal(cell.Key) || ReportSection().IsMatch(cell.Key) || catalog.IsTitle(cell) || template.Blocks[FormBlock.OutsideContract].MatchLength(cell.Key) > 0
            || template.Header.Match(cell.Key, exact: true) is HeaderField.ProjectName or HeaderField.Department;

        private LayoutCell Take() => cells[_at++];

        private List<LayoutCell> TakeWhile(Func<LayoutCell, bool> test, int max = int.MaxValue)
        {
            var taken = new List<LayoutCell>();
            while (_at < cells.Count && taken.Count < max && test(cells[_at]))
            {
                taken.Add(cells[_at++]);
            }

            return taken;
        }

        private void Emit(params LayoutCell?[] row) => _rows.Add(RowOf(row));

        // A misread label keeps the key of the label it was read as.
        private static LayoutRow RowOf(LayoutCell?[] row) =>
            new(row.Select((c, column) => c is null
                ? new LayoutCell(string.Empty, column, CellOrigin.None)
                : new LayoutCell(c.Text, column, c.Origin) { Key = c.Key }).ToArray());

        /// <summary>
        /// Whether a breakdown row's figure has more whole digits than any amount of the total: figures run together
        /// (40436204043620 under a total of 20218100.00), not a part of it.
        /// </summary>
        private bool BeyondTheTotal(LayoutCell cell)
        {
            if (_fundingTotal?.Value is not { } total || NumberParser.Parse(FundingValue(cell.Key))?.Value is not { } value)
            {
                return false;
            }

            var amounts = _fundingRoles.Select((role, at) => role is FundingColumn.InitialBudget or FundingColumn.AdjustedBudget or FundingColumn.Executed ? total.In(at) : null)
                .OfType<decimal>().ToArray();
            return amounts.Length > 0 && WholeDigits(value) > amounts.Max(WholeDigits);
        }

        private static int WholeDigits(decimal value) => decimal.Truncate(Math.Abs(value)).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

        /// <summary>
        /// The funding row's figures from here on, each with a no-value mark run onto its end (20632950.00— in a
        /// row printed 21187000 20632950.00—) parted into the figure and the mark: two cells that lost only their
        /// gap, which arithmetic need not part (and cannot, where the form misadds).
        /// </summary>
        private void PartTrailingMarks()
        {
            for (var i = _at; i < cells.Count && (IsValue(cells[i]) || FigureRun().IsMatch(cells[i].Key)); i++)
            {
                var cell = cells[i];
                var text = cell.Text.Trim();
                foreach (var mark in template.NoValueMarks)
                {
                    if (mark.Length > 0 && text.Length > mark.Length && text.EndsWith(mark, StringComparison.Ordinal)
                        && text[..^mark.Length] is var figure && !template.NoValueMarks.Any(m => m.Length > 0 && figure.EndsWith(m, StringComparison.Ordinal))
                        && IsValue(new LayoutCell(figure, cell.Column, cell.Origin)))
                    {
                        cells[i] = new LayoutCell(figure, cell.Column, cell.Origin);
                        cells.Insert(i + 1, new LayoutCell(mark, cell.Column, cell.Origin));
                        i++;
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// An amount with more than two decimals, grouped by thousands or not (15,135,495.7610, 31816989.5410): no amount
        /// is printed so, two figures run together are.
        /// </summary>
        private static bool GroupedRunOn(string key)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && !key.EndsWith('%') && key.Length - dot - 1 > 2;
        }

        /// <summary>A percentage above 1000% is a weight run into a rate (10100.00% is 10 and 100.00%): no budget is spent ten times over.</summary>
        private static bool RunIntoRate(string key) => key.EndsWith('%') && RateParser.Parse(key)?.Value > 10m;

        private static LayoutCell Blank(LayoutCell near) => new(string.Empty, 0, near.Origin);

        /// <summary>Pieces of one cell joined as the text held them: a space between pieces of one line, a line break between lines.</summary>
        private static LayoutCell Joined(LayoutCell[] parts)
        {
            var text = new System.Text.StringBuilder(parts[0].Text.Trim());
            for (var i = 1; i < parts.Length; i++)
            {
                text.Append(parts[i].Origin.Line == parts[i - 1].Origin.Line ? ' ' : '\n').Append(parts[i].Text.Trim());
            }

            return new(text.ToString(), 0, parts.Skip(1).Aggregate(parts[0].Origin, (o, p) => o.Join(p.Origin)));
        }
    }
}
