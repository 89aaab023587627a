using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormExtract.Office.Sheets;

/// <summary>
/// Reads one worksheet as a stream of XML elements, so that a sheet of a million empty rows costs time in
/// proportion to its size and no memory: only cells holding a value are kept, each printed as Excel shows it
/// (shared and inline strings as written, numbers through their style's number format, <see cref="NumberText"/>;
/// a formula's cached value, the formula kept beside it; a formula that is only what someone typed after <c>=</c>
/// as typed), then the merged ranges. Reading stops where the
/// workbook's budget of rows and cells with values runs out.
/// </summary>
internal sealed partial class SheetStream(IReadOnlyList<string> strings, CellStyles styles)
{
    public SheetContent Read(WorksheetPart part, ReadBudget budget, CancellationToken cancellationToken)
    {
        var cells = new List<SheetCell>();
        var merges = new List<MergedRange>();
        var formulas = new SharedFormulas();
        int row = -1, nextColumn = 0, lastValueRow = -1, elements = 0;
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (++elements % 65536 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!reader.IsStartElement)
            {
                more = reader.Read();
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                row = int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number - 1 : row + 1;
                nextColumn = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var at = CellAddress.Parse(cell.CellReference?.Value) ?? new CellAddress(Math.Max(row, 0), nextColumn);
                nextColumn = at.Column + 1;
                var formula = Formula(cell, at, formulas);
                var text = formula is not null && IsTyped(formula, cell) ? formula : Text(cell);
                if (text.Length > 0)
                {
                    if (at.Row != lastValueRow)
                    {
                        budget.SpendRow();
                        lastValueRow = at.Row;
                    }

                    budget.SpendCell();
                    if (budget.IsSpent)
                    {
                        return new SheetContent(cells, merges, at);
                    }

                    cells.Add(new SheetCell(at, text, formula));
                }

                more = !reader.EOF;
                continue;
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var reference = ((MergeCell)reader.LoadCurrentElement()!).Reference?.Value?.Split(':');
                if (reference is [var from, var to] && CellAddress.Parse(from) is { } a && CellAddress.Parse(to) is { } b)
                {
                    merges.Add(new MergedRange(new CellAddress(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column)), new CellAddress(Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column))));
                    budget.SpendCell();
                    if (budget.IsSpent)
                    {
                        return new SheetContent(cells, merges, a);
                    }
                }

                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        return new SheetContent(cells, merges, null);
    }

    private static string? Formula(Cell cell, CellAddress at, SharedFormulas formulas)
    {
        if (cell.CellFormula is not { } formula)
        {
            return null;
        }

        var text = formula.Text;
        if (formula.FormulaType?.Value == CellFormulaValues.Shared && formula.SharedIndex?.Value is { } index)
        {
            if (string.IsNullOrEmpty(text))
            {
                text = formulas.For(index, at);
            }
            else
            {
                formulas.Define(index, at, text);
            }
        }

        return string.IsNullOrWhiteSpace(text) ? null : "=" + text;
    }

    /// <summary>
    /// Whether a formula is text someone typed starting with <c>=</c> (a target <c>=100%</c>, <c>=7件</c>), which the
    /// spreadsheet took for a formula: a lone constant, or a formula that refers to no cell and calls no function
    /// but gave an error (<c>#NAME?</c>). The form prints what was typed.
    /// </summary>
    private static bool IsTyped(string formula, Cell cell) =>
        TypedConstant().IsMatch(formula)
        || (cell.DataType?.Value == CellValues.Error && !formula.Any(char.IsAsciiLetter) && !formula.Contains('(', StringComparison.Ordinal));

    private string Text(Cell cell)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? Lines(strings[index]) : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Lines(SharedStrings.TextOf(inline)) : string.Empty;
        }

        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return Lines(value);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? NumberText.Format(number, styles.CodeOf(cell.StyleIndex?.Value))
            : Lines(value);
    }

    /// <summary>Text of a cell, its lines (Alt+Enter breaks) folded like a paragraph's, empty ones dropped.</summary>
    private static string Lines(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(OfficeText.Fold).Where(l => l.Length > 0));

    [GeneratedRegex(@"^=\s*[-+]?[0-9][0-9.,]*\s*%?\s*$")]
    private static partial Regex TypedConstant();
}
