using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace FormExtract.Export;

/// <summary>
/// The review workbook: one sheet, <c>review</c>, a row per cell to check, the crop as a picture where the
/// source could be cut, and an empty <c>corrected</c> column for a person to fill. Reading it back takes the
/// key columns and <c>corrected</c> only; whatever else a person changed is ignored.
/// </summary>
public static class ReviewWorkbook
{
    public const string Sheet = "review";

    private static readonly string[] Required = ["document", "form", "path", "text", "corrected"];

    public static void Write(IReadOnlyList<ReviewItem> items, string path)
    {
        ArgumentNullException.ThrowIfNull(items);
        var table = new DataTable(Sheet) { Locale = CultureInfo.InvariantCulture };
        foreach (var (name, type) in new[]
        {
            ("document", typeof(string)), ("form", typeof(int)), ("path", typeof(string)), ("field", typeof(string)), ("reasons", typeof(string)),
            ("text", typeof(string)), ("value", typeof(string)), ("confidence", typeof(double)), ("source", typeof(string)), ("page", typeof(int)),
            ("line", typeof(int)), ("bbox", typeof(string)), ("crop", typeof(byte[])), ("corrected", typeof(string)),
        })
        {
            table.Columns.Add(name, type);
        }

        foreach (var i in items)
        {
            table.Rows.Add(i.Document, i.Form, i.Path, i.Field, i.Reasons, i.Text, i.Value, Db(i.Confidence), i.Source, Db(i.Page), Db(i.Line), Db(i.Box), Db(i.Crop), Db(i.Corrected));
        }

        XlsxExport.Save(path, new Dictionary<string, object>(StringComparer.Ordinal) { [Sheet] = table });
    }

    /// <summary>The corrections a person entered (rows with a non-empty <c>corrected</c>), or why the file is not a review workbook.</summary>
    public static (IReadOnlyList<ReviewCorrection> Corrections, string? Problem) Read(string path)
    {
        IReadOnlyList<IDictionary<string, object?>> rows;
        try
        {
            if (!MiniExcel.GetSheetNames(path).Contains(Sheet))
            {
                return ([], $"{path}: no sheet named '{Sheet}'; this is not a review workbook made by 'formextract review export'");
            }

            rows = [.. MiniExcel.Query(path, useHeaderRow: true, sheetName: Sheet).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException or InvalidOperationException)
        {
            return ([], $"{path}: cannot be read as a workbook ({e.Message})");
        }

        if (rows.Count > 0 && Required.FirstOrDefault(c => !rows[0].ContainsKey(c)) is { } missing)
        {
            return ([], $"{path}: the '{Sheet}' sheet has no '{missing}' column");
        }

        var corrections = new List<ReviewCorrection>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (Text(row["corrected"]) is not { Length: > 0 } corrected)
            {
                continue;
            }

            var form = row["form"] switch
            {
                double d when d == Math.Floor(d) && d >= 0 => (int?)d,
                var other => int.TryParse(Text(other), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
            };
            // Row numbers as the spreadsheet shows them: the header is row 1.
            corrections.Add(new ReviewCorrection(i + 2, Text(row["document"]) ?? string.Empty, form, Text(row["path"]) ?? string.Empty, Text(row["text"]) ?? string.Empty, corrected));
        }

        return (corrections, null);
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    /// <summary>A cell as text; a number a spreadsheet stored as a double is written back without binary noise.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => ((decimal)d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
