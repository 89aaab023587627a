using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Office.Word;

/// <summary>
/// A Word table laid out on its grid: each cell starts where the one before it ends (after the row's
/// <c>gridBefore</c> columns) and covers its <c>gridSpan</c> columns; a cell marked <c>vMerge</c> continue joins the
/// cell above it in the same grid column, as Word draws it. Rows and cells inside content controls count as the
/// table's own. Each cell's origin is <c>table[T]/row[R]/column[C]</c>: the table's number in the document, the
/// row's in the table and the cell's first grid column, counted from 1.
/// </summary>
internal static class WordTableGrid
{
    public static IReadOnlyList<LayoutRow> Read(Table table, int number)
    {
        var rows = Rows(table).ToArray();
        var cells = new List<Builder>();
        var open = new Dictionary<int, Builder>();
        for (var r = 0; r < rows.Length; r++)
        {
            var column = rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in Cells(rows[r]))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continues && open.TryGetValue(column, out var above) && above.LastRow == r - 1)
                {
                    above.LastRow = r;
                }
                else
                {
                    var builder = new Builder(WordText.CellText(cell), r, column, span, $"table[{number}]/row[{r + 1}]/column[{column + 1}]");
                    cells.Add(builder);
                    open[column] = builder;
                }

                column += span;
            }
        }

        var placed = cells.Select(b => new SpannedCell(b.Text, b.Row, b.Column, b.LastRow - b.Row + 1, b.Span, CellOrigin.At(b.Ref))).ToArray();
        return SpannedTable.ToLayoutRows(rows.Length, placed);
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
            {
                foreach (var inner in Rows(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
            {
                foreach (var inner in Cells(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private sealed class Builder(string text, int row, int column, int span, string reference)
    {
        public string Text { get; } = text;

        public int Row { get; } = row;

        public int Column { get; } = column;

        public int Span { get; } = span;

        public string Ref { get; } = reference;

        public int LastRow { get; set; } = row;
    }
}
