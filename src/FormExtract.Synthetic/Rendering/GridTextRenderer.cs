using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Writes printed tables as a tab-separated dump: one line per table row, one tab per column, a merged cell's
/// text once (on its first column, and on the first or middle row of its span), the lines above each table as
/// rows of one cell.
/// </summary>
public sealed class GridTextRenderer
{
    private readonly GridTextStyle _style;

    public GridTextRenderer(GridTextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style;
    }

    internal RenderedFile Render(IReadOnlyList<Form> forms, IReadOnlyList<FormGrid> grids, Random random)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(grids);
        ArgumentNullException.ThrowIfNull(random);
        var lines = new List<string> { string.Empty };
        foreach (var grid in grids)
        {
            lines.AddRange(Lines(grid, random, _style.LabelsMidSpan, _style.PageBreak));
            lines.Add(string.Empty);
        }

        var text = string.Join(_style.CrLf ? "\r\n" : "\n", lines);
        var encoding = _style.Gb18030 ? TextDecoder.Gb18030 : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new RenderedFile(".txt", encoding.GetBytes(text), forms, SourceFormat.Text) { Encoding = _style.Gb18030 ? "gb18030" : "utf-8" };
    }

    /// <summary>The dump's lines of one table.</summary>
    internal static IEnumerable<string> Lines(FormGrid grid, Random random, bool labelsMidSpan, bool pageBreak)
    {
        foreach (var line in grid.Above)
        {
            yield return line.Text + new string('\t', grid.Columns - 1);
        }

        var cells = TextMatrix(grid, labelsMidSpan);
        var indicatorRows = Enumerable.Range(0, grid.Rows.Count).Where(r => grid.Rows[r].InIndicators).ToArray();
        var breakAt = pageBreak && indicatorRows.Length >= 4 ? indicatorRows[random.Next(2, indicatorRows.Length - 1)] : -1;
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (r == breakAt)
            {
                yield return string.Empty;
            }

            yield return string.Join('\t', Enumerable.Range(0, grid.Columns).Select(c => Flat(cells[r, c])));
        }
    }

    /// <summary>
    /// The text printed at each position: a merged cell's text at its first column, on its first row (or, for the
    /// 一级/二级 labels of an indicator table, the middle row of its span, as PDF exports place a tall cell's text).
    /// </summary>
    internal static string[,] TextMatrix(FormGrid grid, bool labelsMidSpan)
    {
        var text = new string[grid.Rows.Count, grid.Columns];
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                text[r, c] = string.Empty;
            }
        }

        for (var r = 0; r < grid.Rows.Count; r++)
        {
            foreach (var cell in grid.Rows[r].Cells)
            {
                var isCategory = cell.Field is { } field && (field.EndsWith("/level1", StringComparison.Ordinal) || field.EndsWith("/level2", StringComparison.Ordinal));
                var row = labelsMidSpan && isCategory ? r + ((cell.RowSpan - 1) / 2) : r;
                text[Math.Min(row, grid.Rows.Count - 1), cell.Column] = cell.Text;
            }
        }

        return text;
    }

    /// <summary>A cell's text on one line: a tab or a line break inside it would break the dump's rows.</summary>
    private static string Flat(string text) => text.Replace('\t', ' ').Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
}
