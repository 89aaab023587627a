using System.Globalization;
using System.Text;
using FormExtract.Core.Layout;

namespace FormExtract.Pdf.Tests.Support;

/// <summary>A layout as readable text, one row a line: page, break mark, and each cell with its grid position.</summary>
public static class LayoutDump
{
    public static string Render(LayoutDocument document)
    {
        var builder = new StringBuilder();
        foreach (var row in document.Rows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"p{row.Page}{(row.FollowsBreak ? " ^" : string.Empty)}");
            foreach (var cell in row.Cells)
            {
                builder.Append(" | ").Append(Cell(cell));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    public static string Cell(LayoutCell cell)
    {
        var spans = (cell.RowSpan, cell.ColumnSpan) switch
        {
            (1, 1) => string.Empty,
            var (r, c) => string.Create(CultureInfo.InvariantCulture, $"[{r}x{c}]"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{cell.Column}{spans}{(cell.IsSpanCopy ? "'" : string.Empty)}:{cell.Text}");
    }
}
