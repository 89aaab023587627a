using System.Security.Cryptography;
using System.Text;

namespace FormExtract.Report;

/// <summary>
/// The style and the one script every page carries inline, so the report opens offline with nothing to fetch.
/// The script only sorts tables; the page's Content-Security-Policy allows it by its hash and nothing else.
/// </summary>
internal static class ReportAssets
{
    public const string Style = """
        body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:1.5em;color:#222;font-size:14px}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}ul.list-pages{columns:8em}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:3px 6px;vertical-align:top;text-align:left}
        th{background:#eef}table.sortable th{cursor:pointer}table.sortable th:after{content:" \2195";color:#999}
        table.big{table-layout:fixed;width:100%}table.big td{overflow-wrap:anywhere}
        .n{text-align:right;font-variant-numeric:tabular-nums}
        .form td.cell{min-width:4em;max-width:28em;overflow-wrap:anywhere}
        .form .label{background:#f6f6f6;font-weight:bold}
        .v{white-space:pre-wrap;max-height:12em;overflow:auto}.t{color:#666;font-size:.85em;white-space:pre-wrap;max-height:6em;overflow:auto}
        td.error{background:#fdd;outline:2px solid #c00}td.warning{background:#ffe9c0;outline:2px solid #d80}td.info{background:#e4efff}
        td.low{border:2px dashed #a0a}.conf{color:#a0a;font-size:.85em}
        .finding{font-size:.85em;margin-top:2px}.finding b{color:#900}
        .corr{color:#060;font-size:.85em}.src{font-size:.8em;color:#555}
        img.crop{display:block;max-width:100%;max-height:6em;border:1px solid #bbb;margin-top:3px;image-rendering:auto}
        .sev-error{color:#c00;font-weight:bold}.sev-warning{color:#b60}.sev-info{color:#036}
        .problem{color:#900}.nav a{margin-right:1em}dl.counts{display:grid;grid-template-columns:max-content max-content;gap:2px 1em}
        dl.counts dd{margin:0;font-weight:bold}.message{max-width:40em;overflow-wrap:anywhere}
        """;

    public const string Script = """
        document.querySelectorAll("table.sortable th").forEach(function (th) {
          th.addEventListener("click", function () {
            var table = th.closest("table"), body = table.tBodies[0], index = Array.prototype.indexOf.call(th.parentNode.children, th);
            var dir = th.dataset.dir === "asc" ? -1 : 1; th.dataset.dir = dir === 1 ? "asc" : "desc";
            var key = function (row) { var c = row.cells[index]; return c ? (c.dataset.sort !== undefined ? c.dataset.sort : c.textContent) : ""; };
            Array.from(body.rows).sort(function (a, b) {
              var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
              return dir * (!isNaN(nx) && !isNaN(ny) && String(nx) === x.trim() && String(ny) === y.trim() ? nx - ny : x.localeCompare(y, "zh"));
            }).forEach(function (row) { body.appendChild(row); });
          });
        });
        """;

    /// <summary>Inline styles, images beside the pages, and the sorting script by its hash: nothing else runs or loads.</summary>
    public static string Policy { get; } =
        $"default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'";

    public static void Head(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title><style>").Append(Style).Append("</style></head>\n<body>\n");
    }

    public static void Foot(StringBuilder html) => html.Append("<script>").Append(Script).Append("</script>\n</body></html>\n");
}
