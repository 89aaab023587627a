using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>Where the indicator table's header put the 三级指标 and 偏差原因 columns, when it was found.</summary>
internal sealed record IndicatorColumns(int? NameColumn, int? ReasonColumn)
{
    public static IndicatorColumns Unknown { get; } = new(null, null);

    public static IndicatorColumns FromHeader(LayoutRow header)
    {
        int? name = null, reason = null;
        foreach (var cell in header.NonEmpty)
        {
            var key = cell.Key;
            if (key == SelfEvaluationTemplate.IndicatorHeaderMarker)
            {
                name = cell.Column;
            }
            else if (key.StartsWith(SelfEvaluationTemplate.DeviationHeaderPrefix, StringComparison.Ordinal))
            {
                reason = cell.Column;
            }
        }

        return new IndicatorColumns(name, reason);
    }

    /// <summary>
    /// A lone fragment in or next to the name column continues a name; anywhere else (the usual case, far
    /// right) it continues a 偏差原因 cell.
    /// </summary>
    public bool IsNameColumn(int column) =>
        NameColumn is { } name && Math.Abs(column - name) <= 1 && (ReasonColumn is not { } reason || column < reason - 1);
}
