using AngleSharp.Dom;
using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>
/// Reads one data table's markup into row groups for <see cref="HtmlGridBuilder"/>: rows in the order a
/// browser shows them (the first <c>thead</c> on top, the first <c>tfoot</c> at the bottom), hidden rows and
/// cells left out, spans parsed as browsers parse them, every cell given its source line and its path,
/// e.g. <c>table[2] &gt; tr[5] &gt; td[3]</c>: the table's number among all tables of the page, the row's
/// number in the table in display order, the cell's number in its row, all counted from 1.
/// </summary>
internal sealed class HtmlTableGrids(SourceLines lines)
{
    public IReadOnlyList<GridRowGroup> ReadGroups(IElement table, string tablePath)
    {
        var groups = new List<IReadOnlyList<IElement>>();
        IReadOnlyList<IElement>? head = null, foot = null;
        List<IElement>? loose = null;
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                // Rows directly in the table (no tbody; only in XHTML or built by script) form a group.
                if (loose is null)
                {
                    loose = [];
                    groups.Add(loose);
                }

                loose.Add(child);
                continue;
            }

            loose = null;
            var rows = child.Children.Where(r => r.LocalName == "tr").ToArray();
            switch (child.LocalName)
            {
                case "thead" when head is null:
                    head = rows;
                    break;
                case "tfoot" when foot is null:
                    foot = rows;
                    break;
                case "thead" or "tbody" or "tfoot":
                    groups.Add(rows);
                    break;
            }
        }

        if (head is not null)
        {
            groups.Insert(0, head);
        }

        if (foot is not null)
        {
            groups.Add(foot);
        }

        var result = new List<GridRowGroup>();
        var number = 0;
        foreach (var rows in groups)
        {
            var read = new List<GridRowSource>();
            foreach (var row in rows)
            {
                number++;
                if (!HtmlElements.IsUnseen(row))
                {
                    read.Add(ReadRow(row, $"{tablePath} > tr[{number}]"));
                }
            }

            result.Add(new GridRowGroup(read));
        }

        return result;
    }

    private GridRowSource ReadRow(IElement row, string rowPath)
    {
        var cells = row.Children.Where(HtmlElements.IsCell)
            .Select((cell, index) => (Cell: cell, Path: $"{rowPath} > {cell.LocalName}[{index + 1}]"))
            .Where(c => !HtmlElements.IsUnseen(c.Cell))
            .Select(c => new GridCellSource(
                CellText(c.Cell),
                ParseSpan(c.Cell.GetAttribute("rowspan"), 1),
                Math.Max(1, ParseSpan(c.Cell.GetAttribute("colspan"), 1)),
                lines.LineOf(c.Cell) is { } line ? CellOrigin.AtLine(line) : CellOrigin.None,
                c.Path))
            .ToArray();
        return new GridRowSource(cells, rowPath);
    }

    /// <summary>A cell's text as a reader sees it, its lines joined by "\n". A table nested in the cell gives a line per row.</summary>
    internal static string CellText(IElement cell)
    {
        var collector = new TextLineCollector();
        foreach (var child in cell.ChildNodes)
        {
            Collect(child, collector);
        }

        return string.Join("\n", collector.Take().Select(l => l.Text));
    }

    private static void Collect(INode node, TextLineCollector collector)
    {
        if (node is IText text)
        {
            collector.Append(text.Data, null);
            return;
        }

        if (node is not IElement element || HtmlElements.IsUnseen(element))
        {
            return;
        }

        if (element.LocalName == "br")
        {
            collector.Break();
            return;
        }

        var block = HtmlElements.IsBlock(element);
        var cell = HtmlElements.IsCell(element);
        Separate(collector, block, cell);
        foreach (var child in element.ChildNodes)
        {
            Collect(child, collector);
        }

        Separate(collector, block, cell);
    }

    private static void Separate(TextLineCollector collector, bool block, bool cell)
    {
        if (block)
        {
            collector.Break();
        }
        else if (cell)
        {
            collector.Space();
        }
    }

    /// <summary>HTML's rules for parsing a non-negative integer: leading white space, digits, anything after ignored.</summary>
    internal static int ParseSpan(string? value, int fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        var text = value.TrimStart(' ', '\t', '\n', '\r', '\f').TrimStart('+');
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        if (digits == 0)
        {
            return fallback;
        }

        return long.TryParse(text.AsSpan(0, Math.Min(digits, 10)), out var number) ? (int)Math.Min(number, int.MaxValue) : fallback;
    }
}
