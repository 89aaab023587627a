using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>weight-split</c>: the indicator 分值 of each 一级指标 group against the template's split (产出指标 50,
/// 效益指标 30, 满意度指标 10). A group absent from the form, or with a row whose 分值 was not read, is skipped.
/// The finding points at the group's first row (<c>/indicators/3</c>), where its 一级指标 label is printed,
/// and states the group's sum.
/// </summary>
public sealed class WeightSplitRule : IValidationRule
{
    private readonly CategoryVocabulary _vocabulary;

    public WeightSplitRule(CategoryVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocabulary = vocabulary;
    }

    public WeightSplitRule()
        : this(CategoryVocabulary.Default)
    {
    }

    public string Id => "weight-split";

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var groups = form.Indicators
            .Select((indicator, index) => (indicator, index, group: indicator.Level1 is { } level1 ? _vocabulary.FindGroup(level1) : null))
            .Where(row => row.group is not null)
            .GroupBy(row => row.group!)
            .OrderBy(rows => rows.First().index);

        var findings = new List<Finding>();
        foreach (var rows in groups)
        {
            var group = rows.Key;
            if (Indicators.SumOrNull(rows.Select(row => row.indicator.Weight)) is { } sum && sum != group.ExpectedWeight)
            {
                var first = rows.First();
                findings.Add(new Finding(
                    Id,
                    Severity.Warning,
                    FormPaths.Indicator(first.index),
                    Decimals.Format(sum),
                    Decimals.Format(group.ExpectedWeight),
                    $"{SelfEvaluationTemplate.WeightHeading} of {first.indicator.Level1} add up to {Decimals.Format(sum)}, the template gives {Decimals.Format(group.ExpectedWeight)}"));
            }
        }

        return findings;
    }
}
