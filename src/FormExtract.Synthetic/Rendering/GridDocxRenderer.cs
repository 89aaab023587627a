using System.Globalization;
using System.Text;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Writes printed tables as a Word document (DOCX) the way Word saves one: each form's title and year as
/// paragraphs above its table (or as its first rows), its merged cells as <c>gridSpan</c> and <c>vMerge</c>, every
/// cell's text in paragraphs (a heading broken over two), a page break between forms; in an
/// <see cref="OfficeStyle"/> that asks, text cut into runs and a table continued on the next page as a second table.
/// The XML is written by hand, not by the library the reader uses, so that the two do not share a mistake.
/// </summary>
public sealed class GridDocxRenderer
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly OfficeStyle _style;

    public GridDocxRenderer(OfficeStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style;
    }

    internal RenderedFile Render(IReadOnlyList<Form> forms, IReadOnlyList<FormGrid> grids, Random random)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(grids);
        ArgumentNullException.ThrowIfNull(random);
        var body = new StringBuilder();
        for (var i = 0; i < grids.Count; i++)
        {
            if (i > 0)
            {
                body.Append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }

            Form(body, grids[i], random);
        }

        using var package = new OfficePackage();
        package.Add("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        package.Add("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        package.Add("word/document.xml",
            // Word ends a body with a paragraph: a document ending in a table has no place for its last mark (a DOC saved from one loses the table).
            $"<w:document xmlns:w=\"{Main}\"><w:body>{body}<w:p/><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr></w:body></w:document>");
        return new RenderedFile(".docx", package.ToArray(), forms, SourceFormat.Docx);
    }

    private void Form(StringBuilder body, FormGrid grid, Random random)
    {
        if (!_style.TitleInTable)
        {
            foreach (var line in grid.Above)
            {
                body.Append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>").Append(Runs(line.Text, random, bold: line.IsTitle)).Append("</w:p>");
            }
        }

        var cut = _style.ContinuedTable ? Cut(grid) : null;
        body.Append(TableStart(grid));
        if (_style.TitleInTable)
        {
            foreach (var line in grid.Above)
            {
                body.Append("<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"").Append(grid.Columns).Append("\"/></w:tcPr><w:p>")
                    .Append(Runs(line.Text, random, bold: line.IsTitle)).Append("</w:p></w:tc></w:tr>");
            }
        }

        var matrix = grid.Matrix();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (r == cut)
            {
                // Continued on the next page as a table of its own, as a long form is often split.
                body.Append("</w:tbl><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>").Append(TableStart(grid));
            }

            body.Append("<w:tr>");
            for (var c = 0; c < grid.Columns; c++)
            {
                if (matrix[r, c] is not { } slot)
                {
                    body.Append("<w:tc><w:p/></w:tc>");
                    continue;
                }

                var (cell, origin) = slot;
                if (cell.Column != c)
                {
                    continue;
                }

                var span = cell.ColumnSpan > 1 ? $"<w:gridSpan w:val=\"{cell.ColumnSpan}\"/>" : string.Empty;
                if (!origin)
                {
                    body.Append("<w:tc><w:tcPr>").Append(span).Append("<w:vMerge/></w:tcPr><w:p/></w:tc>");
                    continue;
                }

                body.Append("<w:tc><w:tcPr>").Append(span).Append(cell.RowSpan > 1 ? "<w:vMerge w:val=\"restart\"/>" : string.Empty).Append("</w:tcPr>");
                foreach (var line in OfficeCells.Lines(cell, _style.BrokenHeadings))
                {
                    body.Append("<w:p>").Append(Runs(line, random, bold: false)).Append("</w:p>");
                }

                body.Append("</w:tc>");
            }

            body.Append("</w:tr>");
        }

        body.Append("</w:tbl>");
    }

    private static string TableStart(FormGrid grid)
    {
        var table = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            table.Append(CultureInfo.InvariantCulture, $"<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }

        table.Append("</w:tblBorders></w:tblPr><w:tblGrid>");
        var total = Math.Max(1, grid.Widths.Sum());
        for (var c = 0; c < grid.Columns; c++)
        {
            var width = grid.Widths.Count == grid.Columns ? 14000 * grid.Widths[c] / total : 14000 / grid.Columns;
            table.Append(CultureInfo.InvariantCulture, $"<w:gridCol w:w=\"{width}\"/>");
        }

        return table.Append("</w:tblGrid>").ToString();
    }

    /// <summary>The text as runs: one, or (where the style asks) two or three cut at random places, as an edited text is saved.</summary>
    private string Runs(string text, Random random, bool bold)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var properties = bold ? "<w:rPr><w:b/></w:rPr>" : string.Empty;
        var pieces = new List<string>();
        var rest = text;
        while (_style.SplitRuns && rest.Length > 3 && pieces.Count < 2 && random.Next(2) == 0)
        {
            var at = random.Next(1, rest.Length);
            pieces.Add(rest[..at]);
            rest = rest[at..];
        }

        pieces.Add(rest);
        return string.Concat(pieces.Select(p => $"<w:r>{properties}<w:t xml:space=\"preserve\">{OfficeCells.Escape(p)}</w:t></w:r>"));
    }

    /// <summary>The row before which no merged cell runs on (where the table can be split in two), nearest the first indicator row; null if none.</summary>
    private static int? Cut(FormGrid grid)
    {
        var first = Enumerable.Range(0, grid.Rows.Count).FirstOrDefault(r => grid.Rows[r].InIndicators, grid.Rows.Count / 2);
        for (var k = first; k > 0; k--)
        {
            if (!grid.Cells.Any(c => c.Row < k && c.Row + c.Cell.RowSpan > k))
            {
                return k;
            }
        }

        return null;
    }
}
