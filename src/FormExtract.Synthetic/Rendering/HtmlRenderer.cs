using System.Globalization;
using System.Net;
using System.Text;
using FormExtract.Core.Model;

using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Writes forms as HTML in the published layout: a 9-column table whose left column holds the block labels
/// (项目资金, 年度总体目标, and 绩效指标 as one tall cell), merged cells as <c>rowspan</c>/<c>colspan</c>,
/// several forms per file each starting a new printed page.
/// </summary>
public sealed class HtmlRenderer
{
    private readonly HtmlStyle _style;
    private readonly Encoding _encoding;

    public HtmlRenderer(HtmlStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _encoding = EncodingOf(style);
        _style = style;
    }

    public RenderedFile Render(IReadOnlyList<Form> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"{_style.Charset}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{SelfEvaluationTemplate.Title}</title>\n<style>\n{Css(_style)}{Columns()}</style>\n</head>\n<body>\n");
        foreach (var form in forms)
        {
            new HtmlFormWriter(html, _style).Write(form);
        }

        html.Append("</body>\n</html>\n");
        return new RenderedFile(".html", _encoding.GetBytes(html.ToString()), forms, SourceFormat.Html) { Encoding = _style.Charset };
    }

    internal static Encoding EncodingOf(HtmlStyle style) => style.Charset switch
    {
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        "gb2312" => CodePagesEncodingProvider.Instance.GetEncoding("GB2312", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException("GB2312 is not available."),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style.Charset, "The charset is utf-8 or gb2312."),
    };

    /// <summary>The page, font and table rules of a style, shared by every layout's pages.</summary>
    internal static string Css(HtmlStyle style)
    {
        var size = style.FontSizePt.ToString(CultureInfo.InvariantCulture);
        var css = new StringBuilder();
        css.Append(CultureInfo.InvariantCulture, $"@page {{ size: A4 {(style.Landscape ? "landscape" : "portrait")}; margin: 12mm; }}\n");
        css.Append(CultureInfo.InvariantCulture, $"body {{ font-family: {style.FontFamily}; font-size: {size}pt; }}\n");
        css.Append(".form + .form { break-before: page; }\n");
        css.Append(".title { text-align: center; font-size: 150%; font-weight: bold; margin: 0; }\n.year { text-align: center; margin: 2pt 0 6pt; }\n");
        // Narrow columns are fixed and break anywhere, figures included, as cramped exports do; the other
        // styles let the browser widen a column to its longest figure, so only text wraps.
        css.Append(CultureInfo.InvariantCulture, $"table {{ border-collapse: collapse; width: 100%; table-layout: {(style.NarrowColumns ? "fixed" : "auto")}; }}\n");
        css.Append(CultureInfo.InvariantCulture, $"td {{ border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; text-align: center;{(style.NarrowColumns ? " word-break: break-all;" : string.Empty)} }}\n");
        // A row moves whole to the next page unless the style lets it break there, as long forms printed from
        // word processors and spreadsheets do: its lines then fall on two pages and the reader joins them.
        css.Append("td.l { text-align: left; }\n");
        if (!style.SplitRows)
        {
            css.Append("tr { break-inside: avoid; }\n");
        }

        css.Append("p { margin: 0; }\n");
        return css.ToString();
    }

    private string Columns()
    {
        var css = new StringBuilder();
        var widths = _style.NarrowColumns ? "6% 9% 10% 15% 9% 9% 6% 6% 30%" : "7% 9% 11% 20% 10% 10% 6% 6% 21%";
        var columns = widths.Split(' ');
        for (var i = 0; i < columns.Length; i++)
        {
            css.Append(CultureInfo.InvariantCulture, $"col.c{i} {{ width: {columns[i]}; }}\n");
        }

        return css.ToString();
    }

    /// <summary>A cell's text as HTML: goal texts that carry their own <c>&lt;p&gt;</c> markup stay markup.</summary>
    internal static string Encode(string text) =>
        text.StartsWith("<p>", StringComparison.Ordinal) ? text : WebUtility.HtmlEncode(text);
}
