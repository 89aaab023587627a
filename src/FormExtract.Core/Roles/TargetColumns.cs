using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// 指标性质 is a part of the target only where the target is split over columns (指标性质 | 指标值 | 度量单位). Beside a
/// target of its own column and no 指标值 (重庆: 计量单位 | 指标性质 | 年初指标值) it says whether the indicator is
/// 定量指标 or 定性指标, which the contract has no field for: the column is skipped, never taken for the target.
/// </summary>
internal static class TargetColumns
{
    public static IReadOnlyList<IndicatorColumn> Settled(IReadOnlyList<IndicatorColumn> roles) =>
        IsWhole(roles) ? roles.Select(r => r == IndicatorColumn.TargetComparator ? IndicatorColumn.Ignore : r).ToArray() : roles;

    public static List<HeaderColumn<IndicatorColumn>> Settled(List<HeaderColumn<IndicatorColumn>> columns) =>
        IsWhole(columns.Select(c => c.Role).ToArray())
            ? columns.Select(c => c.Role == IndicatorColumn.TargetComparator ? c with { Role = IndicatorColumn.Ignore } : c).ToList()
            : columns;

    private static bool IsWhole(IReadOnlyList<IndicatorColumn> roles) =>
        roles.Contains(IndicatorColumn.Target) && !roles.Contains(IndicatorColumn.TargetNumber);
}
