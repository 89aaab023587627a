using System.Text.RegularExpressions;

namespace FormExtract.Office.Sheets;

/// <summary>
/// Shared formulas of a sheet: Excel writes a formula filled over a range once, on its first cell, and gives the
/// other cells only its index. Each cell's own formula is the first one with its relative references moved by the
/// cell's distance from the first (<c>=B7+C7</c> filled down is <c>=B8+C8</c> one row below); <c>$</c> parts stay.
/// </summary>
internal sealed partial class SharedFormulas
{
    private readonly Dictionary<uint, (CellAddress At, string Formula)> _masters = [];

    public void Define(uint index, CellAddress at, string formula) => _masters[index] = (at, formula);

    /// <summary>The formula of a cell sharing formula <paramref name="index"/>, or null when its first cell was not seen.</summary>
    public string? For(uint index, CellAddress at)
    {
        if (!_masters.TryGetValue(index, out var master))
        {
            return null;
        }

        var (rows, columns) = (at.Row - master.At.Row, at.Column - master.At.Column);
        return rows == 0 && columns == 0 ? master.Formula : Shift(master.Formula, rows, columns);
    }

    internal static string Shift(string formula, int rows, int columns)
    {
        // Text in double quotes holds no references: only the parts between quotes are moved.
        var parts = formula.Split('"');
        for (var i = 0; i < parts.Length; i += 2)
        {
            parts[i] = Reference().Replace(parts[i], m =>
            {
                var column = m.Groups["cabs"].Length > 0 ? m.Groups["col"].Value : Moved(m.Groups["col"].Value, columns);
                var row = m.Groups["rabs"].Length > 0 ? m.Groups["row"].Value : (int.Parse(m.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture) + rows).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return $"{m.Groups["cabs"].Value}{column}{m.Groups["rabs"].Value}{row}";
            });
        }

        return string.Join('"', parts);
    }

    private static string Moved(string column, int by) =>
        CellAddress.Parse(column + "1") is { } address ? CellAddress.ColumnName(Math.Max(0, address.Column + by)) : column;

    // A1 references not part of a name or a function call (LOG10( is a function, not column LOG, row 10).
    [GeneratedRegex(@"(?<![A-Za-z0-9_.])(?<cabs>\$?)(?<col>[A-Z]{1,3})(?<rabs>\$?)(?<row>[0-9]{1,7})(?![A-Za-z0-9_(])")]
    private static partial Regex Reference();
}
