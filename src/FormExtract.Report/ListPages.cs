using System.Globalization;
using System.Text;

namespace FormExtract.Report;

/// <summary>A page of a long summary table, written under <c>lists/</c>.</summary>
internal sealed record ListPage(string Name, string Html);

/// <summary>Where the summary's long tables go: past <see cref="RowsPerPage"/> rows, onto list pages.</summary>
internal static class ListPages
{
    /// <summary>
    /// Rows a summary table holds before it is split: a browser lays out a table of a few hundred rows at once,
    /// while the 1,000 forms and their findings of a large batch took seconds on one page.
    /// </summary>
    public const int RowsPerPage = 200;

    public const string Folder = "lists";

    /// <summary>The prefix a row's links to form pages need: list pages sit one folder below the summary.</summary>
    public static string Up(int rows) => rows > RowsPerPage ? "../" : string.Empty;
}

/// <summary>
/// One table of the summary (forms, findings, warnings): written in the summary when short, otherwise over
/// numbered list pages with links between them, and in the summary a list of those pages.
/// </summary>
internal sealed class ListTable(string id, string title, string tableHead)
{
    public void Write(StringBuilder summary, List<ListPage> lists, IReadOnlyList<string> rows)
    {
        summary.Append(CultureInfo.InvariantCulture, $"<h2>{title} ({rows.Count:N0})</h2>\n");
        if (rows.Count <= ListPages.RowsPerPage)
        {
            summary.Append(tableHead);
            foreach (var row in rows)
            {
                summary.Append(row);
            }

            summary.Append("</tbody></table>\n");
            return;
        }

        var pages = (rows.Count + ListPages.RowsPerPage - 1) / ListPages.RowsPerPage;
        summary.Append(CultureInfo.InvariantCulture, $"<p>On {pages} pages of up to {ListPages.RowsPerPage} rows each (each page sorts on its own):</p>\n<ul class=\"list-pages\" id=\"list-{id}\">");
        for (var page = 1; page <= pages; page++)
        {
            var first = (page - 1) * ListPages.RowsPerPage;
            var last = Math.Min(rows.Count, first + ListPages.RowsPerPage);
            summary.Append(CultureInfo.InvariantCulture, $"<li><a class=\"list-link\" href=\"{ListPages.Folder}/{Name(page)}\">{first + 1:N0}–{last:N0}</a></li>");
            lists.Add(new ListPage(Name(page), Render(rows, page, pages, first, last)));
        }

        summary.Append("</ul>\n");
    }

    private string Name(int page) => string.Create(CultureInfo.InvariantCulture, $"{id}-{page:000}.html");

    private string Render(IReadOnlyList<string> rows, int page, int pages, int first, int last)
    {
        var html = new StringBuilder(64 * 1024);
        ReportAssets.Head(html, $"{title}: {first + 1:N0}–{last:N0}");
        html.Append("<p class=\"nav\"><a href=\"../index.html\">summary</a>");
        if (page > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a rel=\"prev\" href=\"{Name(page - 1)}\">previous</a>");
        }

        if (page < pages)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" href=\"{Name(page + 1)}\">next</a>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</p>\n<h1>{title}: {first + 1:N0}–{last:N0} of {rows.Count:N0} (page {page} of {pages})</h1>\n").Append(tableHead);
        for (var i = first; i < last; i++)
        {
            html.Append(rows[i]);
        }

        html.Append("</tbody></table>\n");
        ReportAssets.Foot(html);
        return html.ToString();
    }
}
