using System.Globalization;
using System.Text;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Writes printed tables as HTML in the manner of the published pages: one table per form with its merged cells
/// as <c>rowspan</c>/<c>colspan</c>, the title above it (or in its first row), dressed in an <see cref="HtmlStyle"/>.
/// Chromium prints the same pages to PDF.
/// </summary>
public sealed class GridHtmlRenderer
{
    private readonly HtmlStyle _style;
    private readonly Encoding _encoding;

    public GridHtmlRenderer(HtmlStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style;
        _encoding = HtmlRenderer.EncodingOf(style);
    }

    internal RenderedFile Render(IReadOnlyList<Form> forms, IReadOnlyList<FormGrid> grids)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(grids);
        var html = new StringBuilder();
        var title = grids.SelectMany(g => g.Above).FirstOrDefault(l => l.IsTitle)?.Text ?? string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"{_style.Charset}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{HtmlRenderer.Encode(title)}</title>\n<style>\n{HtmlRenderer.Css(_style)}</style>\n</head>\n<body>\n");
        for (var i = 0; i < grids.Count; i++)
        {
            Form(html, grids[i], i);
        }

        html.Append("</body>\n</html>\n");
        return new RenderedFile(".html", _encoding.GetBytes(References(html.ToString())), forms, SourceFormat.Html) { Encoding = _style.Charset };
    }

    /// <summary>Characters the page's charset has no bytes for (﹦ in GB2312) written as character references, as Word does.</summary>
    private string References(string html)
    {
        if (_style.Charset == "utf-8")
        {
            return html;
        }

        var strict = (Encoding)_encoding.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        var result = new StringBuilder(html.Length);
        foreach (var rune in html.EnumerateRunes())
        {
            var text = rune.ToString();
            try
            {
                _ = strict.GetByteCount(text);
                result.Append(text);
            }
            catch (EncoderFallbackException)
            {
                result.Append(CultureInfo.InvariantCulture, $"&#x{rune.Value:X};");
            }
        }

        return result.ToString();
    }

    private void Form(StringBuilder html, FormGrid grid, int index)
    {
        html.Append("<div class=\"form\">\n");
        if (!_style.TitleInTable)
        {
            foreach (var line in grid.Above)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"{(line.IsTitle ? "title" : "year")}\">{Content(line.Text)}</p>\n");
            }
        }

        html.Append(CultureInfo.InvariantCulture, $"<table class=\"t{index}\">\n<colgroup>");
        var total = grid.Widths.Sum();
        foreach (var width in grid.Widths)
        {
            html.Append(CultureInfo.InvariantCulture, $"<col style=\"width: {100.0 * width / total:0.#}%\">");
        }

        html.Append("</colgroup>\n");
        if (_style.TitleInTable)
        {
            foreach (var line in grid.Above)
            {
                html.Append("<tr>").Append(Td(line.Text, null, grid.Columns, 1, left: false)).Append("</tr>\n");
            }
        }

        foreach (var row in grid.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append(Td(cell.Text, cell.Html, cell.ColumnSpan, cell.RowSpan, cell.Left));
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private string Td(string text, string? markup, int colspan, int rowspan, bool left)
    {
        var attributes = new StringBuilder();
        if (rowspan > 1)
        {
            attributes.Append(CultureInfo.InvariantCulture, $" rowspan=\"{rowspan}\"");
        }

        if (colspan > 1)
        {
            attributes.Append(CultureInfo.InvariantCulture, $" colspan=\"{colspan}\"");
        }

        if (left)
        {
            attributes.Append(" class=\"l\"");
        }

        var content = _style.WordMarkup && markup is not null ? Wrap(markup) : Content(text);
        return $"<td{attributes}>{content}</td>";
    }

    private string Content(string text) => Wrap(string.IsNullOrEmpty(text) ? string.Empty : HtmlRenderer.Encode(text));

    /// <summary>Word wraps every cell in a paragraph and a span and fills an empty one with a non-breaking space.</summary>
    private string Wrap(string content)
    {
        if (!_style.WordMarkup)
        {
            return content;
        }

        var size = _style.FontSizePt.ToString(CultureInfo.InvariantCulture);
        return content.Length == 0
            ? "<p class=MsoNormal>&nbsp;</p>"
            : content.StartsWith("<p>", StringComparison.Ordinal)
                ? content
                : $"<p class=MsoNormal><span lang=EN-US style='font-size:{size}pt'>{content}</span></p>";
    }
}
