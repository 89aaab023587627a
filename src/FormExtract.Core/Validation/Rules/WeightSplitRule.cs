using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>weight-split</c>: the indicator 分值 of each 一级指标 group against the points the form prints in the
/// group's label (产出指标(50分)), else against the layout's usual split (产出指标 50, 效益指标 30, 满意度指标 10)
/// for layouts that keep one. A group absent from the form, with a row whose 分值 was not read, or cut off by
/// the end of a truncated form, is skipped. The finding points at the group's first row (<c>/indicators/3</c>),
/// where its 一级指标 label is printed, and states the group's sum.
/// </summary>
public sealed class WeightSplitRule : IValidationRule
{
    public string Id => "weight-split";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        var groups = form.Indicators
            .Select((indicator, index) => (indicator, index, group: indicator.Level1 is { } level1 ? layout.Categories.FindGroup(level1) : null))
            .Where(row => row.group is not null && Indicators.IsScored(row.indicator, layout))
            .GroupBy(row => row.group!)
            .OrderBy(rows => rows.First().index)
            .ToArray();

        var findings = new List<Finding>();
        foreach (var rows in groups)
        {
            var first = rows.First();
            // A form cut off holds only part of its groups' rows.
            if (form.Truncated
                || Expected(form, layout, rows.Key, first.indicator.Level1!) is not var (expected, printed))
            {
                continue;
            }

            if (Indicators.SumOrNull(rows.Select(row => row.indicator.Weight)) is { } sum && sum != expected)
            {
                findings.Add(new Finding(
                    Id,
                    Severity.Warning,
                    FormPaths.Indicator(first.index),
                    Decimals.Format(sum),
                    Decimals.Format(expected),
                    $"{layout.Heading(IndicatorColumn.Weight)} of {first.indicator.Level1} add up to {Decimals.Format(sum)}, {(printed ? "its label prints" : "the template gives")} {Decimals.Format(expected)}"));
            }
        }

        return findings;
    }

    /// <summary>The group's weight and whether the form printed it; null where neither the form nor the layout gives one.</summary>
    private static (decimal Weight, bool Printed)? Expected(Form form, FormTemplate layout, CategoryGroup group, string level1)
    {
        if (form.GroupWeights is { } printed && printed.TryGetValue(level1, out var points))
        {
            return (points, true);
        }

        return layout.WeightSplit && group.ExpectedWeight is { } usual ? (usual, false) : null;
    }
}
