using System.Collections.Frozen;
using FormExtract.Core.Normalization;
namespace FormExtract.Core.Template;

/// <summary>
/// The words of all layouts in one place, for readers that steer what they read towards a form's words
/// (OCR snaps a near miss onto a label, learns a column's kind from its heading) before the layout is known.
/// </summary>
public sealed class TemplateVocabulary
{
    public TemplateVocabulary(IReadOnlyList<FormTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        IEnumerable<string> labels =
        [
            .. templates.SelectMany(t => t.Titles.Words),
            .. templates.SelectMany(t => t.Header.AllWords),
            .. templates.SelectMany(t => t.Blocks.AllWords),
            .. templates.SelectMany(t => t.FundingColumns.AllWords),
            .. templates.SelectMany(t => t.FundingRows.AllWords),
            .. templates.SelectMany(t => t.FundingFields.AllWords),
            .. templates.SelectMany(t => t.GoalsExpected.Words.Concat(t.GoalsAchieved.Words)),
            .. templates.SelectMany(t => t.IndicatorColumns.AllWords),
            .. templates.SelectMany(t => t.Categories.Groups.SelectMany(g => g.Spellings.Concat(g.SubCategories.SelectMany(s => s.Spellings)))),
        ];
        Labels = Spellings(labels);
        _labelKeys = Labels.Select(LabelKey.Of).ToFrozenSet(StringComparer.Ordinal);
        FundingRowLabels = Spellings(templates.SelectMany(t => t.FundingRows.AllWords));
        FigureHeadings = templates.SelectMany(t => FigureColumns(t)).Select(LabelKey.Of).Distinct(StringComparer.Ordinal).ToArray();
        MeasureHeadings = templates.SelectMany(t => MeasureColumns(t)).Select(LabelKey.Of).Distinct(StringComparer.Ordinal).ToArray();
        MeasureUnits = templates.SelectMany(t => t.MeasureUnits).Distinct(StringComparer.Ordinal).ToArray();
        TextHeadings = templates.SelectMany(t => t.IndicatorColumns.AllWords.Concat(t.FundingColumns.AllWords)).Select(LabelKey.Of)
            .Where(k => !FigureHeadings.Contains(k) && !MeasureHeadings.Contains(k)).Distinct(StringComparer.Ordinal).ToArray();
        ColumnHeadings = templates.SelectMany(ColumnHeadingsOf).DistinctBy(h => h.Key, StringComparer.Ordinal).ToArray();
    }

    private readonly FrozenSet<string> _labelKeys;

    /// <summary>Whether the key (<see cref="LabelKey"/>) is a label of some layout, its printed points ignored.</summary>
    public bool IsLabel(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _labelKeys.Contains(key) || (key.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && _labelKeys.Contains(PrintedPoints.Split(key).Words));
    }

    /// <summary>Every label of every layout, spelt as its description first spells it (white space removed), one spelling per key.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The labels of funding rows (年度资金总额, 其中：当年财政拨款 …).</summary>
    public IReadOnlyList<string> FundingRowLabels { get; }

    /// <summary>Headings of columns that hold only figures (全年执行数, 分值, 得分 …).</summary>
    public IReadOnlyList<string> FigureHeadings { get; }

    /// <summary>Headings of columns that hold a comparator, a figure and a unit (年度指标值, 实际完成值, 指标性质 …).</summary>
    public IReadOnlyList<string> MeasureHeadings { get; }

    public IReadOnlyList<string> MeasureUnits { get; }

    /// <summary>Headings of columns that hold text (三级指标, 偏差原因分析及改进措施 …), as keys.</summary>
    public IReadOnlyList<string> TextHeadings { get; }

    /// <summary>
    /// The headings of the indicator and funding tables' columns, each with the column it names: two headings of
    /// one column (实际完成值, 实际完成数) may stand for each other where a reading lies as near to both.
    /// </summary>
    public IReadOnlyList<ColumnHeading> ColumnHeadings { get; }

    private static IEnumerable<ColumnHeading> ColumnHeadingsOf(FormTemplate template)
    {
        // The columns the contract skips are told apart by their own words: 备注 does not stand for 得分计算方法.
        foreach (var role in Enum.GetValues<IndicatorColumn>())
        {
            foreach (var word in template.IndicatorColumns[role].Words)
            {
                yield return ColumnHeading.Of(word, role == IndicatorColumn.Ignore ? null : ColumnHeading.IndicatorColumnName(role));
            }
        }

        foreach (var role in Enum.GetValues<FundingColumn>())
        {
            foreach (var word in template.FundingColumns[role].Words)
            {
                yield return ColumnHeading.Of(word, role == FundingColumn.Ignore ? null : ColumnHeading.FundingColumnName(role));
            }
        }
    }

    private static string[] Spellings(IEnumerable<string> words) =>
        words.Select(Normalization.TextNormalizer.Compact).Where(w => w.Length > 0).DistinctBy(LabelKey.Of, StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> FigureColumns(FormTemplate template) =>
    [
        .. template.FundingColumns[FundingColumn.InitialBudget].Words, .. template.FundingColumns[FundingColumn.AdjustedBudget].Words,
        .. template.FundingColumns[FundingColumn.Executed].Words, .. template.FundingColumns[FundingColumn.Weight].Words,
        .. template.FundingColumns[FundingColumn.ExecutionRate].Words, .. template.FundingColumns[FundingColumn.Score].Words,
        .. template.IndicatorColumns[IndicatorColumn.Weight].Words, .. template.IndicatorColumns[IndicatorColumn.Score].Words,
    ];

    /// <summary>
    /// Target and actual, and the comparator column of a split target (指标性质): a ≥ alone in its cell is found by
    /// its strokes, as a measure's comparator is, where a text reading finds nothing.
    /// </summary>
    private static IEnumerable<string> MeasureColumns(FormTemplate template) =>
    [
        .. template.IndicatorColumns[IndicatorColumn.Target].Words, .. template.IndicatorColumns[IndicatorColumn.TargetComparator].Words,
        .. template.IndicatorColumns[IndicatorColumn.Actual].Words,
    ];
}
