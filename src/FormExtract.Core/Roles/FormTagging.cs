using FormExtract.Core.Layout;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// Tags one form's rows top to bottom. A row is recognised by its labels first and by the block it falls in
/// second, so blocks in an unusual order still read; the headers met so far say what the columns hold.
/// </summary>
internal sealed class FormTagging
{
    private readonly TemplateCatalog _catalog;
    private readonly FormTemplate _template;
    private readonly IndicatorRowAligner _aligner;
    private readonly IndicatorRowTagger _indicators;
    private readonly Func<LayoutCell, bool> _isBlockCell;

    /// <summary>The length of the template's longest total word (总分, 合计) as a key.</summary>
    private readonly int _longestTotalWord;

    private FundingHeader _fundingHeader;
    private IndicatorHeader _indicatorHeader;

    /// <summary>Whether the table under <see cref="_indicatorHeader"/> is a rubric, whose rows are criteria, not indicators.</summary>
    private bool _rubric;
    private int? _achievedColumn;
    private Block _block = Block.Header;
    private bool _fundingRowSeen;
    private RowKind _previous = RowKind.Blank;

    /// <summary>
    /// The weight cells of the indicator rows tagged so far, and the funding block's: the total row's weight is their
    /// sum. Kept as cells and summed only for a row that may be a misread total, so that no other row pays for it.
    /// </summary>
    private readonly List<LayoutCell> _indicatorWeights = [];
    private readonly List<LayoutCell> _fundingWeights = [];

    /// <param name="catalog">The layouts known, for the words of every layout (a title, a block label).</param>
    /// <param name="template">The layout the form was recognised as.</param>
    /// <param name="aligner">The aligner of <paramref name="template"/>'s indicator rows, shared by its forms.</param>
    public FormTagging(TemplateCatalog catalog, FormTemplate template, IndicatorRowAligner aligner)
    {
        _catalog = catalog;
        _template = template;
        _aligner = aligner;
        _indicators = new IndicatorRowTagger(template, _aligner);
        _isBlockCell = IsBlockCell;
        _fundingHeader = FundingHeader.FromLayout(template);
        _indicatorHeader = IndicatorHeader.FromLayout(template);
        _rubric = _indicatorHeader.IsRubric(template);
        _longestTotalWord = template.Blocks[FormBlock.Total].Words.Select(w => LabelKey.Of(w).Length).DefaultIfEmpty().Max();
    }

    public bool IndicatorHeaderSeen => _indicatorHeader.Printed;

    private enum Block
    {
        Header,
        Funding,
        Goals,
        Indicators,
        Total,
        Outside,
    }

    public TaggedRow Tag(LayoutRow row)
    {
        var tagged = TagRow(row);
        if (tagged.Kind != RowKind.Blank)
        {
            _previous = tagged.Kind;
        }

        if (tagged.First(CellRole.FundingWeight) is { } fundingWeight)
        {
            _fundingWeights.Add(fundingWeight);
        }

        if (tagged.Kind == RowKind.Indicator && tagged.First(CellRole.IndicatorWeight) is { } weight)
        {
            _indicatorWeights.Add(weight);
        }

        return tagged;
    }

    private TaggedRow TagRow(LayoutRow row)
    {
        if (row.IsBlank)
        {
            return TaggedRow.Plain(row, RowKind.Blank);
        }

        // A line that starts with # (a heading or a comment of the text it was copied into) is no part of a table.
        if (row.NonEmpty is [{ } only] && only.Text.TrimStart().StartsWith('#'))
        {
            return TaggedRow.Plain(row, RowKind.Unplaced);
        }

        if (_block == Block.Indicators && MisreadTotalLabel(row) is { } misread)
        {
            _block = Block.Total;
            return TotalRow(row, misread);
        }

        // Most rows are content: no cell starts like a label or holds a title (every title names a 表).
        if (_block is Block.Goals or Block.Indicators && !MayHoldLabel(row))
        {
            return _block == Block.Goals ? GoalsRow(row) : IndicatorRow(row);
        }

        if (_block < Block.Funding && FirstOwn(row, FormBlock.Funding) is not null)
        {
            _block = Block.Funding;
        }

        if (_block is Block.Header or Block.Funding or Block.Goals && FundingRow(row) is { } funding)
        {
            return funding;
        }

        if (_block is Block.Header or Block.Funding or Block.Goals or Block.Outside && FieldRow(row) is { } fields)
        {
            return fields;
        }

        if (FirstOwn(row, FormBlock.Total) is { } totalLabel)
        {
            _block = Block.Total;
            return TotalRow(row, totalLabel);
        }

        if (GradeRow(row) is { } grade)
        {
            return grade;
        }

        if (_previous == RowKind.IndicatorHeader && IndicatorHeader.IsSubHeader(row, _template))
        {
            _indicatorHeader = _indicatorHeader.WithSubHeader(row, _template);
            _rubric = _indicatorHeader.IsRubric(_template);
            return Labels(row, RowKind.IndicatorHeader);
        }

        if (IndicatorHeader.IsHeader(row, _template))
        {
            _block = Block.Indicators;
            _indicatorHeader = IndicatorHeader.FromRow(row, _template);
            _rubric = _indicatorHeader.IsRubric(_template);
            return Labels(row, RowKind.IndicatorHeader);
        }

        if (FundingHeader.IsHeader(row, _template))
        {
            _block = Block.Funding;
            _fundingHeader = FundingHeader.FromRow(row, _template);
            return Labels(row, RowKind.FundingHeader);
        }

        if (GoalsHeader(row) is { } goalsHeader)
        {
            return goalsHeader;
        }

        if (row.NonEmpty.FirstOrDefault(c => !c.IsSpanCopy) is { } first && IsBlock(first, FormBlock.OutsideContract))
        {
            _block = Block.Outside;
            return TaggedRow.Plain(row, RowKind.OutsideContract);
        }

        if (BlockLabelRow(row) is { } label)
        {
            return label;
        }

        // A spreadsheet's text may print a header field beside the funding block's label (项目资金(万元) | 实施单位 | …):
        // before the block's first row with figures, a row that starts with a header field's label is still the header.
        if ((_block == Block.Header || (_block == Block.Funding && !_fundingRowSeen && StartsWithHeaderField(row))) && HeaderRow(row) is { } header)
        {
            return header;
        }

        // A form whose start was cut off may begin inside its indicator table: a category label beside figures
        // is found nowhere else.
        if (_block == Block.Header && LooksLikeIndicatorRow(row))
        {
            _block = Block.Indicators;
        }

        return _block switch
        {
            Block.Goals => GoalsRow(row),
            Block.Indicators => IndicatorRow(row),
            Block.Total => TotalContinuation(row),
            Block.Outside => TaggedRow.Plain(row, RowKind.OutsideContract),
            Block.Funding when row.NonEmpty.All(c => IsLabel(c)) => Labels(row, RowKind.FundingHeader),
            _ => TaggedRow.Plain(row, RowKind.Unplaced),
        };
    }

    /// <summary>
    /// A row of the indicator table; under a rubric's header, a criterion the contract has no place for. A row that
    /// reads as an indicator but is the total row, its word misread, is the total row (<see cref="TotalByItsWeight"/>).
    /// </summary>
    private TaggedRow IndicatorRow(LayoutRow row)
    {
        if (_rubric)
        {
            return TaggedRow.Plain(row, RowKind.Criterion);
        }

        var tagged = _indicators.Tag(row, _indicatorHeader, _isBlockCell);
        if (TotalByItsWeight(tagged) is { } label)
        {
            _block = Block.Total;
            return TotalRow(row, label);
        }

        return tagged;
    }

    /// <summary>
    /// The label of a total row whose word was misread (总分 as 总 oo) where no ruling line crossed its merged label,
    /// so that <see cref="MisreadTotalLabel"/> cannot tell it by its span: read as an indicator, it has a name no
    /// longer than a total word and a misread character or two, with no digit, no target, actual or reason, and a
    /// weight that is the sum of the weights of the indicators above it (of two or more), or that and the funding
    /// block's. An indicator that carries the whole table's weight is no indicator.
    /// </summary>
    private LayoutCell? TotalByItsWeight(TaggedRow tagged)
    {
        if (tagged.Kind != RowKind.Indicator || _indicatorWeights.Count < 2
            || tagged.First(CellRole.IndicatorName) is not { } name || tagged.First(CellRole.IndicatorWeight) is not { } weight
            || !MayBeTotalWord(name) || IsLabel(name)
            || tagged.Has(CellRole.Target) || tagged.Has(CellRole.TargetNumber) || tagged.Has(CellRole.Actual) || tagged.Has(CellRole.DeviationReason)
            || NumberParser.Parse(weight.Text) is not { } points)
        {
            return null;
        }

        var sum = 0m;
        foreach (var cell in _indicatorWeights)
        {
            sum += NumberParser.Parse(cell.Text)?.Value ?? 0;
        }

        // The funding block's weight is on one of its rows; the others print a dash there or nothing.
        var funding = _fundingWeights.Select(c => NumberParser.Parse(c.Text)?.Value).LastOrDefault(v => v is not null);
        return points.Value == sum || points.Value == sum + funding ? name : null;
    }

    /// <summary>How many characters longer than a total word its misreading may be (分 read as oo, 总 as 直人).</summary>
    private const int MisreadCharacters = 2;

    /// <summary>Whether a cell's words may be a total word misread: no longer than one and a misread character or two, no digit.</summary>
    private bool MayBeTotalWord(LayoutCell cell) =>
        cell.Key.Length > 0 && cell.Key.Length <= _longestTotalWord + MisreadCharacters && !cell.Key.Any(char.IsDigit);

    /// <summary>Whether a cell starts like a label or holds a title; a loop, for it is asked of every content row.</summary>
    private bool MayHoldLabel(LayoutRow row)
    {
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var key = row.NonEmpty[at].Key;
            if (_template.MayBeLabel(key) || key.Contains('表', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private TaggedRow? FundingRow(LayoutRow row)
    {
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var cell = row.NonEmpty[at];
            if (cell.IsSpanCopy || _template.FundingRows.Match(cell.Key, exact: true) is not { } slot)
            {
                continue;
            }

            _block = Block.Funding;
            // A row's label printed without its figures (a spreadsheet's text lists them after the headings) does not yet close the header.
            _fundingRowSeen |= row.NonEmpty.Any(c => c.Column > cell.Column && c.Text.Any(char.IsAsciiDigit));
            var cells = new List<TaggedCell>();
            cells.AddRange(row.Cells.Where(c => c.Column < cell.Column && !c.IsEmpty && !c.IsSpanCopy)
                .Select(c => new TaggedCell(c, IsBlock(c, FormBlock.Funding) ? CellRole.FundingBlockLabel : CellRole.None)));
            cells.Add(new TaggedCell(cell, CellRole.FundingRowLabel));
            cells.AddRange(_fundingHeader.Tag(row, cell));
            _fundingHeader = _fundingHeader.After(row, cell);
            return new TaggedRow(row, RowKind.Funding, cells) { Slot = slot };
        }

        return null;
    }

    /// <summary>A row of the total's figures as "label | value" pairs (计划安排资金(万元) | 700 | 实际支出(万元) | 680).</summary>
    private TaggedRow? FieldRow(LayoutRow row)
    {
        // Most rows that reach here name no funding field: turn them away before building anything.
        if (!HasFundingField(row))
        {
            return null;
        }

        var own = row.NonEmpty.Where(c => !c.IsSpanCopy).ToArray();
        var cells = new List<TaggedCell>();
        for (var i = 0; i + 1 < own.Length; i++)
        {
            if (_template.FundingFields.Match(own[i].Key) is not { } column)
            {
                continue;
            }

            // A unit printed on a line of its own ((万元)) belongs to the label, and the value follows it.
            var unitAlone = i + 2 < own.Length && IsUnitAlone(own[i + 1]);
            if (_template.FundingFields.Match(own[i + (unitAlone ? 2 : 1)].Key) is not null)
            {
                continue;
            }

            cells.Add(new(own[i], cells.Count == 0 ? CellRole.FundingRowLabel : CellRole.Label));
            if (unitAlone)
            {
                cells.Add(new(own[++i], CellRole.Label));
            }

            cells.Add(new(own[++i], FundingHeader.Role(column)));
        }

        if (cells.Count == 0)
        {
            return null;
        }

        // Pairs printed across with one figure after them (预算数 | 6.84 | 执行数 | 6.84 | 100.00): the figure has no
        // label of its own and stands under the block's last heading, the execution rate, where the layout's fields name one.
        if (own.Length > 0 && cells[^1].Cell != own[^1] && NumberParser.Parse(own[^1].Text) is not null
            && _template.FundingFields[FundingColumn.ExecutionRate].Words.Count > 0
            && !cells.Exists(c => c.Role == FundingHeader.Role(FundingColumn.ExecutionRate))
            && _template.FundingFields.Match(own[^2].Key) is null)
        {
            cells.Add(new(own[^1], FundingHeader.Role(FundingColumn.ExecutionRate)));
        }

        _block = Block.Funding;
        return new TaggedRow(row, RowKind.Funding, cells) { Slot = FundingSlot.Total };
    }

    private bool HasFundingField(LayoutRow row)
    {
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var cell = row.NonEmpty[at];
            if (!cell.IsSpanCopy && _template.FundingFields.Match(cell.Key) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnitAlone(LayoutCell cell) =>
        Forms.FundingUnits.InBrackets(cell.Text) is not null && !cell.Text.Any(char.IsAsciiDigit);

    private TaggedRow TotalRow(LayoutRow row, LayoutCell label)
    {
        var (_, points, _) = PrintedPoints.Split(label.Key);
        var cells = new List<TaggedCell> { new(label, points is null ? CellRole.Label : CellRole.TotalWeightInLabel) };
        var figures = row.NonEmpty.Where(c => c.Column > label.Column && !c.IsSpanCopy).ToArray();
        var roles = points is null ? new[] { CellRole.TotalWeight, CellRole.TotalScore } : [CellRole.TotalScore];
        var next = 0;
        for (var i = 0; i < figures.Length; i++)
        {
            var cell = figures[i];
            if (NumberParser.Parse(cell.Text) is not null && next < roles.Length)
            {
                cells.Add(new(cell, roles[next++]));
            }
            else if (IsHeaderWord(cell, HeaderField.Grade) && i + 1 < figures.Length)
            {
                cells.Add(new(cell, CellRole.Label));
                cells.Add(new(figures[++i], CellRole.Grade));
            }
            else if (IsGradeWord(cell))
            {
                cells.Add(new(cell, CellRole.Grade));
            }
        }

        return new TaggedRow(row, RowKind.Total, cells);
    }

    /// <summary>A 评价等级 row, wherever it stands: the label and the grade after it.</summary>
    private TaggedRow? GradeRow(LayoutRow row)
    {
        var cells = row.NonEmpty;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].IsSpanCopy || !IsHeaderWord(cells[i], HeaderField.Grade))
            {
                continue;
            }

            var value = cells.Skip(i + 1).FirstOrDefault(c => !c.IsSpanCopy);
            return new TaggedRow(row, RowKind.Header, value is null ? [new(cells[i], CellRole.Label)] : [new(cells[i], CellRole.Label), new(value, CellRole.Grade)]);
        }

        return null;
    }

    /// <summary>Figures on the lines after a 总分 label: a total row the dump spread over several lines.</summary>
    private TaggedRow TotalContinuation(LayoutRow row)
    {
        var cells = row.NonEmpty.Where(c => !c.IsSpanCopy).ToArray();
        if (cells.Length > 0 && cells.All(c => NumberParser.Parse(c.Text) is not null))
        {
            return new TaggedRow(row, RowKind.Total, cells.Select(c => new TaggedCell(c, CellRole.UnlabelledFigure)).ToArray());
        }

        return TaggedRow.Plain(row, RowKind.Unplaced);
    }

    private TaggedRow? GoalsHeader(LayoutRow row)
    {
        LayoutCell? achieved = null;
        var expected = false;
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var cell = row.NonEmpty[at];
            if (!cell.IsSpanCopy)
            {
                achieved ??= _template.GoalsAchieved.IsExactly(cell.Key) ? cell : null;
                expected |= _template.GoalsExpected.IsExactly(cell.Key);
            }
        }

        if (achieved is null && !expected)
        {
            return null;
        }

        _block = Block.Goals;
        _achievedColumn ??= achieved?.Column;
        return Labels(row, RowKind.GoalsHeader);
    }

    /// <summary>
    /// The texts of 年度总体目标: two or more on a row are the 预期目标 and then the 实际完成情况 (a dump that dropped
    /// the block's merged label shifts them left of their headings); a lone one is told by the column of the
    /// 实际完成情况 heading.
    /// </summary>
    private TaggedRow GoalsRow(LayoutRow row)
    {
        var texts = row.NonEmpty.Where(c => !c.IsSpanCopy && !IsLabel(c)).ToArray();
        // A figure after both goals' texts is the completion rate printed beside them (总体完成率(%)), no goal's text.
        if (texts.Length >= 3 && NumberParser.Parse(texts[^1].Text) is not null)
        {
            texts = texts[..^1];
        }

        var cells = new List<TaggedCell>();
        for (var i = 0; i < texts.Length; i++)
        {
            var achieved = texts.Length >= 2 ? i > 0 : _achievedColumn is { } column && texts[i].Column >= column;
            cells.Add(new(texts[i], achieved ? CellRole.GoalsAchieved : CellRole.GoalsExpected));
        }

        return new TaggedRow(row, RowKind.Goals, cells);
    }

    private TaggedRow? BlockLabelRow(LayoutRow row)
    {
        var any = false;
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var cell = row.NonEmpty[at];
            if (cell.IsSpanCopy)
            {
                continue;
            }

            if (!IsLabel(cell))
            {
                return null;
            }

            any = true;
        }

        if (!any)
        {
            return null;
        }

        var own = row.NonEmpty.Where(c => !c.IsSpanCopy).ToArray();

        if (own.Any(c => IsBlock(c, FormBlock.Funding)))
        {
            _block = Block.Funding;
            return Labels(row, RowKind.BlockLabel);
        }

        if (own.Any(c => IsBlock(c, FormBlock.Indicators)))
        {
            _block = _block == Block.Indicators ? _block : Block.Indicators;
            return Labels(row, RowKind.BlockLabel);
        }

        if (own.Any(c => IsBlock(c, FormBlock.Goals)))
        {
            _block = Block.Goals;
            return Labels(row, RowKind.BlockLabel);
        }

        return null;
    }

    /// <summary>Title, year and the "label | value" fields; null when the row holds none of them.</summary>
    private TaggedRow? HeaderRow(LayoutRow row)
    {
        var cells = new List<TaggedCell>();
        var own = row.NonEmpty.Where(c => !c.IsSpanCopy).ToArray();
        for (var i = 0; i < own.Length; i++)
        {
            var cell = own[i];
            if (_catalog.IsTitle(cell))
            {
                cells.Add(new(cell, CellRole.Title));
                continue;
            }

            if (FieldOf(cell) is { } field)
            {
                cells.Add(new(cell, CellRole.Label));
                if (i + 1 < own.Length && !IsLabel(own[i + 1]))
                {
                    cells.Add(new(own[++i], Role(field)));
                }

                continue;
            }

            if (FiscalYears.IsYearCell(cell.Key))
            {
                cells.Add(new(cell, CellRole.FiscalYear));
            }
        }

        return cells.Count == 0 ? null : new TaggedRow(row, cells.Any(c => c.Role == CellRole.Title) ? RowKind.Title : RowKind.Header, cells);
    }

    /// <summary>
    /// A category label beside figures, or a name followed by a target (a comparator or a measure) and more
    /// figures: the shapes of an indicator row, which no header or funding row has.
    /// </summary>
    private bool LooksLikeIndicatorRow(LayoutRow row)
    {
        var shapes = row.NonEmpty.Select(c => CellShapes.Of(c, _template)).ToList();
        if (row.NonEmpty.Any(c => _template.Categories.FindGroup(c.Key) is not null || _template.Categories.FindSubCategory(c.Key) is not null))
        {
            return shapes.Any(static s => s is CellShape.Figure or CellShape.Quantity);
        }

        return shapes.Count >= 4 && shapes[0] == CellShape.Text && !IsLabel(row.NonEmpty[0])
            && shapes.Any(static s => s is CellShape.Comparator or CellShape.Quantity)
            && shapes.Count(static s => s is CellShape.Figure or CellShape.Quantity) >= 2;
    }

    private TaggedRow Labels(LayoutRow row, RowKind kind)
    {
        var cells = new List<TaggedCell>(row.NonEmpty.Count);
        foreach (var cell in row.NonEmpty.Where(c => !c.IsSpanCopy))
        {
            var key = cell.Key;
            var role = CellRole.Label;
            if (IsBlock(cell, FormBlock.Funding) || _template.FundingColumns.Match(key) == FundingColumn.RowLabel)
            {
                role = CellRole.FundingBlockLabel;
            }

            cells.Add(new(cell, role));
        }

        return new TaggedRow(row, kind, cells);
    }

    private HeaderField? FieldOf(LayoutCell cell) => _template.Header.Match(cell.Key, exact: true);

    private bool StartsWithHeaderField(LayoutRow row) =>
        row.NonEmpty.FirstOrDefault(c => !c.IsSpanCopy) is { } first && FieldOf(first) is HeaderField.ProjectName or HeaderField.Department or HeaderField.ImplementingUnit;

    private static CellRole Role(HeaderField field) => field switch
    {
        HeaderField.ProjectName => CellRole.ProjectName,
        HeaderField.Department => CellRole.Department,
        HeaderField.ImplementingUnit => CellRole.ImplementingUnit,
        HeaderField.TotalScore => CellRole.TotalScore,
        _ => CellRole.Grade,
    };

    private bool IsHeaderWord(LayoutCell cell, HeaderField field) => _template.Header[field].IsExactly(cell.Key);

    private bool IsGradeWord(LayoutCell cell) => _template.Grades.Any(g => cell.Key.StartsWith(g.Grade, StringComparison.Ordinal)) && cell.Key.Length <= 3;

    /// <summary>The first cell of the row's own (not a span copy) that names the block; for the total, exactly (总分, 总分(100分)).</summary>
    private LayoutCell? FirstOwn(LayoutRow row, FormBlock block)
    {
        var words = _template.Blocks[block];
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var cell = row.NonEmpty[at];
            if (cell.IsSpanCopy || words.MatchLength(cell.Key) == 0)
            {
                continue;
            }

            if (block != FormBlock.Total || words.IsExactly(cell.Key) || words.IsExactly(PrintedPoints.Split(cell.Key).Words))
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>
    /// The label of a total row the recogniser misread (合计 as 会计, 和仁 or 全让: on a phone capture both characters
    /// may go wrong, so no edit distance tells it; on a black-and-white page one glyph may fall apart into two, 总分
    /// read as 直人分): a merged cell across at least <see cref="TotalLabelColumns"/> of the indicator table's columns
    /// holding a word no longer than the template's total words and a misread character or two (no digit, no
    /// other word of the layout), followed by one or two figures and nothing else. No indicator row has that
    /// shape: its name stands in one column, beside its target and result.
    /// </summary>
    private LayoutCell? MisreadTotalLabel(LayoutRow row)
    {
        var cells = row.NonEmpty;
        var first = -1;
        var figures = 0;
        for (var at = 0; at < cells.Count; at++)
        {
            var cell = cells[at];
            if (cell.IsSpanCopy)
            {
                continue;
            }

            if (first < 0)
            {
                if (cell.ColumnSpan < TotalLabelColumns || !MayBeTotalWord(cell)
                    || (IsLabel(cell) && !_template.Blocks[FormBlock.Total].IsExactly(cell.Key)))
                {
                    return null;
                }

                first = at;
            }
            else if (NumberParser.Parse(cell.Text) is null || ++figures > 2)
            {
                return null;
            }
        }

        return first >= 0 && figures > 0 ? cells[first] : null;
    }

    /// <summary>How many columns a total row's merged label spans at the least, where its word was misread.</summary>
    private const int TotalLabelColumns = 3;

    private bool IsBlock(LayoutCell cell, FormBlock block) => _template.Blocks[block].MatchLength(cell.Key) > 0;

    private bool IsBlockCell(LayoutCell cell) => IsBlock(cell, FormBlock.Indicators);

    /// <summary>Any word of the layout: a block, a heading, a row label.</summary>
    private bool IsLabel(LayoutCell cell)
    {
        var key = cell.Key;
        return _template.Blocks.Match(key) is not null
            || _template.FundingColumns.Match(key) is not null
            || _template.IndicatorColumns.Match(key, exact: true) is not null
            || _template.GoalsExpected.IsExactly(key) || _template.GoalsAchieved.IsExactly(key)
            || _template.Header.Match(key, exact: true) is not null;
    }
}
