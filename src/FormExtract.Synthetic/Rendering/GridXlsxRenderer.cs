using System.Globalization;
using System.Text;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Writes printed tables as an Excel workbook (XLSX) the way Excel saves one: a sheet per form or all forms
/// stacked on one sheet, the title and year as rows merged across the table, merged cells as merged ranges,
/// long text set to wrap, a heading broken over lines, figures stored as numbers under the number format that
/// prints them as the form prints them (or as text, as the <see cref="OfficeStyle"/> says). The XML is written by
/// hand, not by the library the reader uses, so that the two do not share a mistake.
/// </summary>
public sealed class GridXlsxRenderer
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Built-in number formats Excel writes by id; others are the workbook's own, from 164 on.
    private static readonly Dictionary<string, int> BuiltIn = new() { ["0"] = 1, ["0.00"] = 2, ["#,##0"] = 3, ["#,##0.00"] = 4, ["0%"] = 9, ["0.00%"] = 10 };

    private readonly OfficeStyle _style;

    public GridXlsxRenderer(OfficeStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style;
    }

    internal RenderedFile Render(IReadOnlyList<Form> forms, IReadOnlyList<FormGrid> grids, Random random)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(grids);
        ArgumentNullException.ThrowIfNull(random);
        var book = new Book();
        var sheets = new List<string>();
        var sheet = new Sheet();
        for (var i = 0; i < grids.Count; i++)
        {
            if (_style.SheetPerForm && i > 0)
            {
                sheets.Add(sheet.Xml());
                sheet = new Sheet();
            }

            Form(sheet, book, grids[i], random);
            sheet.Row += 2;
        }

        sheets.Add(sheet.Xml());
        using var package = new OfficePackage();
        var overrides = string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
        package.Add("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + overrides + "</Types>");
        package.Add("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        var sheetRelationships = string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"));
        package.Add("xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{sheetRelationships}"
            + $"<Relationship Id=\"rIdS\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdT\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        var names = string.Concat(sheets.Select((_, i) => $"<sheet name=\"{(_style.SheetPerForm ? $"自评表{i + 1}" : "Sheet1")}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"));
        package.Add("xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>{names}</sheets></workbook>");
        for (var i = 0; i < sheets.Count; i++)
        {
            package.Add($"xl/worksheets/sheet{i + 1}.xml", sheets[i]);
        }

        package.Add("xl/styles.xml", book.StylesXml());
        package.Add("xl/sharedStrings.xml", book.SharedStringsXml());
        return new RenderedFile(".xlsx", package.ToArray(), forms, SourceFormat.Xlsx);
    }

    private void Form(Sheet sheet, Book book, FormGrid grid, Random random)
    {
        foreach (var line in grid.Above)
        {
            sheet.Merge(sheet.Row, 0, sheet.Row, grid.Columns - 1);
            sheet.Add(sheet.Row, 0, TextCell(book, line.Text, wrap: false));
            sheet.Row++;
        }

        foreach (var (r, cell) in grid.Cells)
        {
            if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
            {
                sheet.Merge(sheet.Row + r, cell.Column, sheet.Row + r + cell.RowSpan - 1, cell.LastColumn);
            }

            var text = string.Join("\n", OfficeCells.Lines(cell, _style.BrokenHeadings));
            if (text.Length == 0)
            {
                continue;
            }

            var stored = _style.Numbers switch
            {
                OfficeNumbers.Text => null,
                OfficeNumbers.Mixed when random.Next(3) == 0 => null,
                _ => OfficeCells.AsNumber(text),
            };
            sheet.Add(sheet.Row + r, cell.Column, stored is { } number ? NumberCell(book, number) : TextCell(book, text, wrap: cell.Left || text.Contains('\n', StringComparison.Ordinal)));
        }

        sheet.Row += grid.Rows.Count;
    }

    private string TextCell(Book book, string text, bool wrap)
    {
        var style = wrap ? $" s=\"{book.Style(0, wrap: true)}\"" : string.Empty;
        var preserved = OfficeCells.Escape(text);
        return _style.InlineStrings
            ? $"t=\"inlineStr\"{style}><is><t xml:space=\"preserve\">{preserved}</t></is>"
            : $"t=\"s\"{style}><v>{book.String(text)}</v>";
    }

    private string NumberCell(Book book, (decimal Value, string Code) number)
    {
        var id = BuiltIn.TryGetValue(number.Code, out var builtIn) ? builtIn : book.Format(number.Code);
        var value = (double)number.Value;
        var written = _style.LongDoubles ? value.ToString("G17", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
        return $"s=\"{book.Style(id, wrap: false)}\"><v>{written}</v>";
    }

    /// <summary>What a workbook's sheets share: its strings, its number formats and its cell styles.</summary>
    private sealed class Book
    {
        private readonly List<string> _strings = [];
        private readonly Dictionary<string, int> _stringIndex = [];
        private readonly List<string> _formats = [];
        private readonly List<(int Format, bool Wrap)> _styles = [(0, false)];

        public int String(string text)
        {
            if (!_stringIndex.TryGetValue(text, out var index))
            {
                index = _strings.Count;
                _strings.Add(text);
                _stringIndex[text] = index;
            }

            return index;
        }

        public int Format(string code)
        {
            var index = _formats.IndexOf(code);
            if (index < 0)
            {
                _formats.Add(code);
                index = _formats.Count - 1;
            }

            return 164 + index;
        }

        public int Style(int format, bool wrap)
        {
            var index = _styles.IndexOf((format, wrap));
            if (index < 0)
            {
                _styles.Add((format, wrap));
                index = _styles.Count - 1;
            }

            return index;
        }

        public string SharedStringsXml() =>
            $"<sst xmlns=\"{Main}\" count=\"{_strings.Count}\" uniqueCount=\"{_strings.Count}\">"
            + string.Concat(_strings.Select(s => $"<si><t xml:space=\"preserve\">{OfficeCells.Escape(s)}</t></si>")) + "</sst>";

        public string StylesXml()
        {
            var formats = _formats.Count == 0 ? string.Empty
                : $"<numFmts count=\"{_formats.Count}\">" + string.Concat(_formats.Select((f, i) => $"<numFmt numFmtId=\"{164 + i}\" formatCode=\"{OfficeCells.Escape(f)}\"/>")) + "</numFmts>";
            var xfs = string.Concat(_styles.Select(s =>
                $"<xf numFmtId=\"{s.Format}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"{(s.Format > 0 ? " applyNumberFormat=\"1\"" : string.Empty)}{(s.Wrap ? " applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"center\"/></xf>" : "/>")}"));
            return $"<styleSheet xmlns=\"{Main}\">{formats}<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + $"<cellXfs count=\"{_styles.Count}\">{xfs}</cellXfs></styleSheet>";
        }
    }

    /// <summary>One sheet being written: its cells by row and column, its merged ranges, the next free row.</summary>
    private sealed class Sheet
    {
        private readonly SortedDictionary<int, SortedDictionary<int, string>> _rows = [];
        private readonly List<string> _merges = [];

        public int Row { get; set; }

        public void Add(int row, int column, string cell)
        {
            if (!_rows.TryGetValue(row, out var cells))
            {
                _rows[row] = cells = [];
            }

            cells[column] = cell;
        }

        public void Merge(int row, int column, int lastRow, int lastColumn) =>
            _merges.Add($"{Address(row, column)}:{Address(lastRow, lastColumn)}");

        public string Xml()
        {
            var data = new StringBuilder();
            foreach (var (row, cells) in _rows)
            {
                data.Append(CultureInfo.InvariantCulture, $"<row r=\"{row + 1}\">");
                foreach (var (column, cell) in cells)
                {
                    data.Append(CultureInfo.InvariantCulture, $"<c r=\"{Address(row, column)}\" ").Append(cell).Append("</c>");
                }

                data.Append("</row>");
            }

            var merges = _merges.Count == 0 ? string.Empty
                : $"<mergeCells count=\"{_merges.Count}\">" + string.Concat(_merges.Select(m => $"<mergeCell ref=\"{m}\"/>")) + "</mergeCells>";
            return $"<worksheet xmlns=\"{Main}\"><sheetData>{data}</sheetData>{merges}</worksheet>";
        }

        private static string Address(int row, int column)
        {
            var name = string.Empty;
            for (var n = column + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + ((n - 1) % 26)) + name;
            }

            return name + (row + 1).ToString(CultureInfo.InvariantCulture);
        }
    }
}
