using System.Globalization;
using System.Text;

namespace FormExtract.Report;

/// <summary>A horizontal bar chart as inline SVG: one bar per label, its count written beside it.</summary>
internal static class BarChart
{
    private const int BarHeight = 18;
    private const int LabelWidth = 260;
    private const int BarWidth = 360;

    public static void Write(StringBuilder html, string title, IReadOnlyList<(string Label, int Count, string Colour)> bars)
    {
        if (bars.Count == 0)
        {
            return;
        }

        var max = Math.Max(1, bars.Max(b => b.Count));
        var height = (bars.Count * (BarHeight + 4)) + 4;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" width=\"{LabelWidth + BarWidth + 60}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + 60} {height}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count, colour) = bars[i];
            var y = 4 + (i * (BarHeight + 4));
            var width = Math.Max(1, (int)Math.Round(BarWidth * (double)count / max));
            var shown = label.Length > 30 ? label[..29] + "…" : label;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"12\">{HtmlText.Escape(shown)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{HtmlText.Escape(label)}: {count}</title></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 4}\" y=\"{y + 13}\" font-size=\"12\">{count}</text>");
        }

        html.Append("</svg>\n");
    }

    public static string Colour(string severity) => severity switch
    {
        "error" => "#c33",
        "warning" => "#e90",
        "info" => "#58c",
        _ => "#888",
    };
}
