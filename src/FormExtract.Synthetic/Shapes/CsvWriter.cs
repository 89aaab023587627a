using System.Text;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Shapes;

/// <summary>
/// A table saved from a spreadsheet as CSV (or as tab-separated text): one record per row with a field per column,
/// a merged cell's text in its first field and the others empty, a field quoted where it holds the separator, a
/// quote or a line break (a heading wrapped with Alt+Enter, goal paragraphs), figures as the sheet formatted them.
/// </summary>
internal sealed class CsvWriter
{
    /// <summary>The text, and its separator: <c>csv</c> (commas) or <c>tsv</c> (tabs).</summary>
    public (string Text, string Variant) Write(IReadOnlyList<FormGrid> grids, Random random)
    {
        var tabs = random.Chance(0.3);
        var separator = tabs ? '\t' : ',';
        var wrapHeadings = random.Chance(0.5);
        var text = new StringBuilder();
        foreach (var grid in grids)
        {
            foreach (var line in grid.Above)
            {
                Record(text, [line.Text, .. Enumerable.Repeat(string.Empty, grid.Columns - 1)], separator);
            }

            var matrix = grid.Matrix();
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                var fields = new string[grid.Columns];
                for (var c = 0; c < grid.Columns; c++)
                {
                    fields[c] = matrix[r, c] is ({ } cell, true) ? Field(cell, wrapHeadings) : string.Empty;
                }

                Record(text, fields, separator);
            }
        }

        return (text.ToString(), tabs ? "tsv" : "csv");
    }

    /// <summary>A heading long enough to wrap in its cell was broken by hand in the sheet.</summary>
    private static string Field(GridCell cell, bool wrapHeadings) =>
        wrapHeadings && cell.IsLabel && cell.Field is null && cell.Text.Length >= 5 && !cell.Text.Contains('(', StringComparison.Ordinal)
            ? cell.Text[..2] + "\n" + cell.Text[2..]
            : cell.Text;

    private static void Record(StringBuilder text, string[] fields, char separator)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            var field = fields[i];
            if (field.Contains(separator, StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) || field.Contains('\n', StringComparison.Ordinal))
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        // Spreadsheets end records with CRLF.
        text.Append("\r\n");
    }
}
