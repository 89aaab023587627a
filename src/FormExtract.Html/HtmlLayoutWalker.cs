using AngleSharp.Dom;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>
/// Walks a parsed page in document order and lays it out as rows: each data table as its grid, and the text
/// between tables (a title, the year, 项目名称 lines written as paragraphs) as rows, a row per line: one cell,
/// or label and value cells for header fields written as "label：value" (<see cref="LabelledLine"/>).
/// A table that only wraps other tables (a page-layout table) is not read as data: its cells are walked like
/// blocks and the tables inside it are read instead.
/// </summary>
internal sealed class HtmlLayoutWalker
{
    private readonly SourceLines _lines;
    private readonly HtmlTableGrids _grids;
    private readonly Dictionary<IElement, int> _tableNumbers;
    private readonly CancellationToken _cancellationToken;
    private readonly List<LayoutRow> _rows = [];
    private readonly List<ExtractionWarning> _warnings = [];
    private readonly TextLineCollector _text = new();
    private int _dataTables;

    private readonly LabelledLine _labelledLine;

    private HtmlLayoutWalker(IDocument document, SourceLines lines, LabelledLine labelledLine, CancellationToken cancellationToken)
    {
        _lines = lines;
        _labelledLine = labelledLine;
        _grids = new HtmlTableGrids(lines);
        _tableNumbers = document.QuerySelectorAll("table").Select((table, index) => (table, index)).ToDictionary(t => t.table, t => t.index + 1);
        _cancellationToken = cancellationToken;
    }

    public static WalkedPage Walk(IDocument document, SourceLines lines, LabelledLine labelledLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var walker = new HtmlLayoutWalker(document, lines, labelledLine, cancellationToken);
        if (document.Body is { } body)
        {
            walker.Visit(body);
        }

        walker.FlushText();
        return new WalkedPage(walker._rows, walker._warnings, walker._dataTables);
    }

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            _text.Append(text.Data, _lines.LineOf(text.ParentElement));
            return;
        }

        if (node is not IElement element || HtmlElements.IsUnseen(element))
        {
            return;
        }

        if (element.LocalName == "br")
        {
            _text.Break();
            return;
        }

        if (HtmlElements.IsTable(element) && !IsLayoutTable(element))
        {
            ReadDataTable(element);
            return;
        }

        // Cells of a layout table are blocks of the page, not cells of a form.
        var block = HtmlElements.IsBlock(element) || HtmlElements.IsCell(element);
        if (block)
        {
            _text.Break();
        }

        foreach (var child in element.ChildNodes)
        {
            Visit(child);
        }

        if (block)
        {
            _text.Break();
        }
    }

    private void ReadDataTable(IElement table)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        FlushText();
        var path = $"table[{_tableNumbers[table]}]";
        foreach (var caption in table.Children.Where(c => c.LocalName == "caption" && !HtmlElements.IsUnseen(c)))
        {
            var line = _lines.LineOf(caption);
            foreach (var text in HtmlTableGrids.CellText(caption).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                _rows.Add(OneCellRow(text, line));
            }
        }

        var grid = HtmlGridBuilder.Build(_grids.ReadGroups(table, path));
        _warnings.AddRange(grid.Warnings);
        var rows = grid.ToLayoutRows();
        if (rows.Count > 0)
        {
            _dataTables++;
            _rows.AddRange(rows);
        }
    }

    private void FlushText()
    {
        foreach (var line in _text.Take())
        {
            _rows.Add(TextRow(_labelledLine.Cells(line.Text), line.Line));
        }
    }

    private static LayoutRow OneCellRow(string text, int? line) => TextRow([(text, false)], line);

    /// <summary>
    /// A line of text as a row: one cell, or label and value cells where it carries header fields; a value whose end
    /// only the next field's label marks was parted out of the line, a guess its evidence records.
    /// </summary>
    private static LayoutRow TextRow(IReadOnlyList<(string Text, bool Parted)> cells, int? line)
    {
        var origin = line is { } l ? CellOrigin.AtLine(l) : CellOrigin.None;
        return new LayoutRow(cells.Select((cell, column) => new LayoutCell(cell.Text, column, origin) is var laid && cell.Parted ? laid.Placed(CellPlacement.Fused) : laid).ToArray());
    }

    /// <summary>
    /// A table holding other tables whose text outweighs its own is there for page layout. A data table with a
    /// small table inside one cell stays a data table; the inner table is read as part of that cell's text.
    /// </summary>
    private static bool IsLayoutTable(IElement table)
    {
        var nested = table.QuerySelectorAll("table").Where(t => t.ParentElement?.Closest("table") == table).ToArray();
        if (nested.Length == 0)
        {
            return false;
        }

        var inner = nested.Sum(t => VisibleLength(t.TextContent));
        return inner >= VisibleLength(table.TextContent) - inner;
    }

    private static int VisibleLength(string text) => text.Count(c => !char.IsWhiteSpace(c) && c != '\u00A0');
}
