using MiniExcelLibs;

namespace FormExtract.Export.Tests.Support;

/// <summary>The review workbook as a person's spreadsheet program reads and saves it.</summary>
internal static class ReviewSheet
{
    /// <summary>The review sheet's rows (the crop pictures left out).</summary>
    public static List<Dictionary<string, object?>> Rows(string workbook) =>
        [.. MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "review").Cast<IDictionary<string, object?>>()
            .Select(r => r.Where(p => p.Key != "crop").ToDictionary(p => p.Key, p => p.Value))];

    public static string Save(List<Dictionary<string, object?>> rows, string path)
    {
        MiniExcel.SaveAs(path, new Dictionary<string, object> { ["review"] = rows.Select(r => (IDictionary<string, object?>)r).ToList() });
        return path;
    }
}
