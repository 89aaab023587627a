using System.Data;
using MiniExcelLibs;

namespace FormExtract.Export;

/// <summary>
/// Tables as one XLSX workbook, a sheet per table, through MiniExcel: figures written as numbers (decimal), texts
/// as texts (Chinese intact), empty cells for nulls; every sheet has its header row even when it has no rows.
/// </summary>
public static class XlsxExport
{
    public static void Write(IReadOnlyList<ExportTable> tables, string path)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[table.Name] = ToDataTable(table);
        }

        Save(path, sheets);
    }

    /// <summary>Written beside the target and renamed over it: a workbook is either the old one or the new one, whole.</summary>
    internal static void Save(string path, Dictionary<string, object> sheets)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial.xlsx";
        try
        {
            MiniExcel.SaveAs(temporary, sheets, overwriteFile: true);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        foreach (var table in sheets.Values.OfType<IDisposable>())
        {
            table.Dispose();
        }
    }

    internal static DataTable ToDataTable(ExportTable table)
    {
        var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column.Name, column.Type);
        }

        foreach (var row in table.Rows)
        {
            data.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
        }

        return data;
    }
}
