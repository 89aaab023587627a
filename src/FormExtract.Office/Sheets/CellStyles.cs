using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormExtract.Office.Sheets;

/// <summary>
/// The number format of each cell style of a workbook (a cell's <c>s</c> attribute indexes them): the workbook's
/// own format codes, and the built-in ones by their ids (ECMA-376, 18.8.30; ids 27–36 and 50–58 are the dates of
/// the Chinese, Japanese and Korean editions).
/// </summary>
internal sealed class CellStyles
{
    private static readonly Dictionary<uint, string> BuiltIn = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
        [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??", [14] = "yyyy-mm-dd", [15] = "d-mmm-yy", [16] = "d-mmm",
        [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "yyyy-mm-dd h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0", [48] = "##0.0E+0", [49] = "@",
    };

    private readonly IReadOnlyList<string> _codes;

    private CellStyles(IReadOnlyList<string> codes) => _codes = codes;

    public static CellStyles Of(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null && f.FormatCode?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode!.Value!) ?? [];
        var codes = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => Code(f.NumberFormatId?.Value ?? 0, custom))
            .ToArray() ?? [];
        return new CellStyles(codes);
    }

    /// <summary>The format code of a style index; General for none or one out of range.</summary>
    public string CodeOf(uint? style) => style is { } s && s < _codes.Count ? _codes[(int)s] : "General";

    private static string Code(uint id, Dictionary<uint, string> custom) =>
        custom.TryGetValue(id, out var code) ? code
            : BuiltIn.TryGetValue(id, out var builtIn) ? builtIn
            : id is (>= 27 and <= 36) or (>= 50 and <= 58) ? "yyyy-mm-dd"
            : "General";

    public override string ToString() => _codes.Count.ToString(CultureInfo.InvariantCulture) + " styles";
}
