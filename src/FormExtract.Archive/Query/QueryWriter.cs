using System.Globalization;
using System.Text;

namespace FormExtract.Archive.Query;

/// <summary>Prints a query's result as an aligned table (CJK characters counted two columns wide) or as CSV.</summary>
public static class QueryWriter
{
    public static void Write(TextWriter output, QueryResult result, QueryFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        if (format == QueryFormat.Csv)
        {
            WriteCsv(output, result);
        }
        else
        {
            WriteTable(output, result);
        }
    }

    private static void WriteCsv(TextWriter output, QueryResult result)
    {
        output.Write(string.Join(',', result.Columns.Select(Csv)));
        output.Write("\r\n");
        foreach (var row in result.Rows)
        {
            output.Write(string.Join(',', row.Select(v => Csv(v ?? string.Empty))));
            output.Write("\r\n");
        }
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static void WriteTable(TextWriter output, QueryResult result)
    {
        var cells = result.Rows.Select(r => r.Select(v => OneLine(v ?? string.Empty)).ToArray()).ToArray();
        var widths = result.Columns.Select((c, i) => Math.Max(Width(c), cells.Length == 0 ? 0 : cells.Max(r => Width(r[i])))).ToArray();
        output.WriteLine(Line(result.Columns, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            output.WriteLine(Line(row, widths));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({result.Rows.Count} rows)"));
    }

    private static string Line(IReadOnlyList<string> values, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            line.Append(values[i]);
            if (i < values.Count - 1)
            {
                line.Append(' ', widths[i] - Width(values[i]) + 2);
            }
        }

        return line.ToString();
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");

    /// <summary>Terminal columns: East Asian wide characters take two.</summary>
    private static int Width(string value)
    {
        var width = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;
}
