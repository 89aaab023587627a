using System.Globalization;
using System.Text;

namespace FormExtract.Export;

/// <summary>
/// Tables as CSV files, one per table (<c>forms.csv</c> …), by RFC 4180: a header row, CRLF line ends, a field
/// quoted when it holds a comma, a quote, CR or LF, quotes doubled inside; UTF-8 without a byte-order mark, so
/// that a header's first name is read as written; numbers in invariant digits, true/false as 1/0, null empty.
/// </summary>
public static class CsvExport
{
    public static IReadOnlyList<string> Write(IReadOnlyList<ExportTable> tables, string folder)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var table in tables)
        {
            var path = Path.Combine(folder, table.Name + ".csv");
            var temporary = path + ".partial";
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\r\n" })
            {
                writer.WriteLine(string.Join(',', table.Columns.Select(c => Field(c.Name))));
                foreach (var row in table.Rows)
                {
                    writer.WriteLine(string.Join(',', row.Select(Value)));
                }
            }

            File.Move(temporary, path, overwrite: true);
            written.Add(path);
        }

        return written;
    }

    private static string Value(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "1" : "0",
        decimal d => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(value.ToString() ?? string.Empty),
    };

    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
