using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using FormExtract.Archive.Query;
using FormExtract.Archive.Storage;

namespace FormExtract.Archive.Dashboard;

/// <summary>The load's progress as a small HTML page: each load's inputs by outcome, and the archive's totals.</summary>
internal static class ProgressPage
{
    public static async Task<string> RenderAsync(IArchive archive, CancellationToken cancellationToken)
    {
        var loads = await archive.QueryAsync("SELECT * FROM load_summary ORDER BY load_id DESC LIMIT 20", cancellationToken).ConfigureAwait(false);
        var totals = await archive.QueryAsync(ArchiveViews.Find("archive_summary")!.Sql, cancellationToken).ConfigureAwait(false);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"5\">")
            .Append("<title>FormExtract archive: progress</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}")
            .Append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}th{background:#eee}</style></head><body>")
            .Append("<h1>FormExtract archive</h1><p>").Append(Encode(archive.Target.Display))
            .Append(" · <a href=\"hangfire\">jobs (Hangfire dashboard)</a></p>")
            .Append("<h2>Loads</h2>");
        Table(html, "loads", loads);
        html.Append("<h2>Documents</h2>");
        Table(html, "documents", totals);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string id, QueryResult result)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"{id}\"><thead><tr>");
        foreach (var column in result.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in result.Rows)
        {
            html.Append("<tr>");
            foreach (var value in row)
            {
                html.Append("<td>").Append(Encode(value ?? string.Empty)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
