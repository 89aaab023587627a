using System.Text.RegularExpressions;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// A table printed one row per line with its cells parted by single spaces (a web page's table whose borders
/// were dropped): no gaps line the columns up, but each line is still a row. It is told by a line that names
/// three or more of the indicator table's headings and nothing else, a second line of headings that split them,
/// and rows of several cells under both. A line is cut into cells at its spaces where two or more of its parts are
/// a form's words or figures, or where it holds texts side by side; other lines (a page's metadata, a word spaced
/// out) stay one cell.
/// </summary>
internal sealed partial class SpacedRows(TemplateCatalog catalog)
{
    /// <summary>Headings a line names before it is taken for an indicator table's header.</summary>
    private const int MinHeadings = 3;

    /// <summary>Cells each of the lines under the header holds: rows, not a cell per line.</summary>
    private const int MinRowCells = 3;

    /// <summary>Lines under the header that are looked at, and how many of them must be rows.</summary>
    private const int RowsLookedAt = 3;

    public bool Fits(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var content = lines.Where(l => !l.IsBlank).ToArray();
        // Long lines run many rows together (a flattened page): they are no rows of their own.
        if (content.Any(l => l.Text.Length >= TextShapeDetector.FusedLine))
        {
            return false;
        }

        for (var i = 0; i < content.Length; i++)
        {
            // The header's second line (符号 | 单位 under 预期指标值) is what only rows kept line by line can place.
            if (i + 1 < content.Length && IsHeader(Parts(content[i].Text)) && Parts(content[i + 1].Text) is { Length: > 0 } sub && sub.All(IsIndicatorHeading))
            {
                var rows = content.Skip(i + 2).Take(RowsLookedAt).Count(l => Parts(l.Text).Length >= MinRowCells);
                if (rows >= RowsLookedAt - 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public IReadOnlyList<LayoutRow> Read(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = new List<LayoutRow>(lines.Count);
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.IsBlank)
            {
                continue;
            }

            var origin = CellOrigin.AtLine(line.Number);
            var parts = Parts(line.Text);
            var cells = IsRow(parts) ? Across(parts) : [line.Text.Trim()];
            // A unit note at the end of a line of header fields (金额单位: 万元) is a note of its own, as it is on a line apart.
            var note = cells.Length > 2 && UnitNote(cells[^2] + " " + cells[^1]) is { } unit ? unit : null;
            cells = note is null ? cells : cells[..^2];
            rows.Add(new LayoutRow(cells.Select((text, column) => new LayoutCell(text, column, origin)).ToArray()));
            if (note is not null)
            {
                rows.Add(new LayoutRow([new LayoutCell(note, 0, origin)]));
            }
        }

        return rows;
    }

    private string? UnitNote(string text) => catalog.Templates.Any(t => t.HoldsUnitNote(text)) ? text : null;

    /// <summary>
    /// A row printed across the block's column groups, its label again before each figure (其中:财政资金 | 6.84 |
    /// 其中:财政资金 | 6.84): the label once, then the figures, as a table's row holds them.
    /// </summary>
    private string[] Across(string[] parts)
    {
        // A form's word said in each column its merged cell spans (预算执行率 | 预算执行率) is one cell.
        if (Array.TrueForAll(parts, p => string.Equals(p, parts[0], StringComparison.Ordinal)) && catalog.Vocabulary.IsLabel(LabelKey.Of(parts[0])))
        {
            return [parts[0]];
        }

        if (parts.Length < 4 || parts.Length % 2 != 0)
        {
            return parts;
        }

        for (var i = 0; i < parts.Length; i += 2)
        {
            if (!string.Equals(parts[i], parts[0], StringComparison.Ordinal) || !NumberParser.IsNumber(parts[i + 1]))
            {
                return parts;
            }
        }

        return [parts[0], .. parts.Where((_, i) => i % 2 == 1)];
    }

    /// <summary>
    /// Parts that are cells: two or more of them a form's words or figures, or texts each too long to be one word
    /// spaced out (民 政 局 is a page's metadata, not three cells).
    /// </summary>
    private bool IsRow(string[] parts) =>
        parts.Count(IsKnown) >= 2 || (parts.Length >= 2 && parts.All(p => p.Length >= MinTextCell && p[^1] is not (':' or '：')));

    /// <summary>Characters of the shortest text that a line spaced into texts holds in each cell.</summary>
    private const int MinTextCell = 4;

    /// <summary>A line of headings only, three or more of them the indicator table's (a block's word may lead it).</summary>
    private bool IsHeader(string[] parts)
    {
        var headings = parts.Count(IsIndicatorHeading);
        return headings >= MinHeadings && parts.Skip(1).All(IsIndicatorHeading)
            && (IsIndicatorHeading(parts[0]) || catalog.Templates.Any(t => t.Blocks.Match(LabelKey.Of(parts[0])) is not null));
    }

    private bool IsIndicatorHeading(string text)
    {
        var key = LabelKey.Of(text);
        return catalog.Templates.Any(t => t.IndicatorColumns.Match(key, exact: true) is not null);
    }

    /// <summary>A form's word, a figure or a rate, or a word with its colon: what a row's cell, not prose, is.</summary>
    private bool IsKnown(string text)
    {
        var key = LabelKey.Of(text);
        return catalog.Vocabulary.IsLabel(key) || Figure().IsMatch(text)
            || (text.Length > 1 && text[^1] is ':' or '：' && catalog.Vocabulary.IsLabel(LabelKey.Of(text[..^1])));
    }

    /// <summary>The line's parts at its spaces; a bracketed unit spaced off its label (项目资金 (元)) stays the label's.</summary>
    private static string[] Parts(string text)
    {
        var parts = new List<string>();
        foreach (var part in Spaces().Split(text.Trim()).Where(p => p.Length > 0))
        {
            if (parts.Count > 0 && BracketedUnit().IsMatch(part))
            {
                parts[^1] += " " + part;
                continue;
            }

            parts.Add(part);
        }

        return [.. parts];
    }

    [GeneratedRegex(@"^[(（](万元|元)[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedUnit();

    /// <summary>An amount, a count or a rate as a table prints it; a date (2021.07.14) or a file number is none.</summary>
    [GeneratedRegex(@"^[-+]?\d{1,3}(,\d{3})*(\.\d+)?%?$|^[-+]?\d+(\.\d+)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"[\s\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
