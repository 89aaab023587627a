using System.Collections.Frozen;
using FormExtract.Core.Normalization;
using FormExtract.Core.Model;

namespace FormExtract.Core.Template;

/// <summary>
/// One layout of the self-evaluation form, resolved from its description: every word the readers look for,
/// the order of its columns where no header is printed, and the constants its rules check against (budget
/// weight, total, weight split, the rate's base, grade bands). Form building and validation know a layout
/// only through this.
/// </summary>
public sealed class FormTemplate
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required FormType FormType { get; init; }

    /// <summary>False for a layout read only in part; <see cref="Unsupported"/> says what is left out.</summary>
    public required bool FullySupported { get; init; }

    public string? Unsupported { get; init; }

    public required WordList Titles { get; init; }

    public required WordList Signature { get; init; }

    public required RoleWords<HeaderField> Header { get; init; }

    /// <summary>Every header field's words as one list, made once: text readers look for them in every form.</summary>
    public WordList HeaderWords => field ??= new WordList(Header.AllWords);

    public required RoleWords<FormBlock> Blocks { get; init; }

    public required RoleWords<FundingColumn> FundingColumns { get; init; }

    public required IReadOnlyList<FundingColumn> FundingOrder { get; init; }

    /// <summary>Figures of the total printed as "label | value" pairs (计划安排资金 | 700), by column.</summary>
    public required RoleWords<FundingColumn> FundingFields { get; init; }

    public required RoleWords<FundingSlot> FundingRows { get; init; }

    /// <summary>The budget block's weight where the form prints none (10 on the national form, 20 on some).</summary>
    public required decimal FundingWeight { get; init; }

    /// <summary>Whether <c>extraRows</c> are parts of the total beside the four slots (else they detail it another way).</summary>
    public required bool ExtraRowsAddUp { get; init; }

    /// <summary>The budget the execution rate divides by (全年预算数, or 年初预算数 where no other is printed).</summary>
    public required FundingColumn RateBase { get; init; }

    public required WordList GoalsExpected { get; init; }

    public required WordList GoalsAchieved { get; init; }

    public required RoleWords<IndicatorColumn> IndicatorColumns { get; init; }

    public required IReadOnlyList<IndicatorColumn> IndicatorOrder { get; init; }

    public required CategoryVocabulary Categories { get; init; }

    /// <summary>Whether the groups' weights must follow their usual split (产出 50 / 效益 30 / 满意度 10).</summary>
    public required bool WeightSplit { get; init; }

    public required IReadOnlyList<string> SubRowPrefixes { get; init; }

    /// <summary>Whether this layout's own table is a rubric: a criteria column (评分标准) and neither a target nor a result.</summary>
    public bool RubricTable => IndicatorOrder.Contains(IndicatorColumn.Criteria) && !IndicatorOrder.Any(IsMeasure);

    /// <summary>Title words that make a form of this layout a department's (部门整体), where the layout serves both kinds.</summary>
    public required WordList DepartmentTitles { get; init; }

    public required decimal TotalWeight { get; init; }

    /// <summary>Grades and their lower bounds, best first.</summary>
    public required IReadOnlyList<(string Grade, decimal LowerBound)> Grades { get; init; }

    /// <summary>Words by which a deviation reason or the achieved-goals text explains a shortfall.</summary>
    public required IReadOnlyList<string> CauseMarkers { get; init; }

    /// <summary>Cell texts that stand for "no value" in a figure's cell.</summary>
    public required IReadOnlyList<string> NoValueMarks { get; init; }

    /// <summary>Words that name the form's money unit in a note of its own (单位:万元), printed apart from the funding block.</summary>
    public IReadOnlyList<string> UnitLabels { get; init; } = [];

    /// <summary>Whether a text holds a unit note: a unit label, a colon, then a money unit.</summary>
    public bool HoldsUnitNote(string text)
    {
        var key = LabelKey.Of(text);
        return UnitLabels.Any(label => key.Contains(label + ":" + Forms.FundingUnits.TenThousandYuan, StringComparison.Ordinal)
            || key.Contains(label + ":" + Forms.FundingUnits.Yuan, StringComparison.Ordinal));
    }

    /// <summary>Units that targets and results put after a figure.</summary>
    public required IReadOnlyList<string> MeasureUnits
    {
        get;
        init
        {
            field = value;
            _units = value.ToFrozenSet(StringComparer.Ordinal);
        }
    }

    private FrozenSet<string> _units = FrozenSet<string>.Empty;

    /// <summary>
    /// Whether a label key may be one of this layout's words (a heading, a row or block label, a header field):
    /// its first character starts some word. Rows whose cells all fail this hold no label, which spares the
    /// tagger its lookups on the many rows of content.
    /// </summary>
    public bool MayBeLabel(string key) => key.Length > 0 && LabelStarts.Contains(key[0]);

    private System.Buffers.SearchValues<char> LabelStarts => field ??= System.Buffers.SearchValues.Create(string.Concat(
        new[] { Header.AllWords, Blocks.AllWords, FundingColumns.AllWords, FundingRows.AllWords, GoalsExpected.Words, GoalsAchieved.Words, IndicatorColumns.AllWords }
            .SelectMany(w => w).Select(Normalization.LabelKey.Of).Where(k => k.Length > 0).Select(k => k[0]).Distinct().Order()));

    /// <summary>Whether the word is one of <see cref="MeasureUnits"/>.</summary>
    public bool IsMeasureUnit(string word) => _units.Contains(word);

    /// <summary>The word that names a funding column in messages (全年预算数, 权重 …).</summary>
    public string Heading(FundingColumn column) => FundingColumns[column].First ?? column.ToString();

    /// <summary>The word that names an indicator column in messages (分值, 得分 …).</summary>
    public string Heading(IndicatorColumn column) => IndicatorColumns[column].First ?? column.ToString();

    /// <summary>The word that names the total row in messages.</summary>
    public string TotalHeading => Blocks[FormBlock.Total].First ?? "总分";

    /// <summary>The word that names the funding total row in messages.</summary>
    public string FundingTotalHeading => FundingRows[FundingSlot.Total].First ?? "年度资金总额";

    public string GradeHeading => Header[HeaderField.Grade].First ?? "评价等级";

    /// <summary>Whether a column holds what an indicator measures: its target (or a part of it) or its result.</summary>
    public static bool IsMeasure(IndicatorColumn column) =>
        column is IndicatorColumn.Target or IndicatorColumn.TargetNumber or IndicatorColumn.TargetComparator or IndicatorColumn.TargetUnit or IndicatorColumn.Actual;

    /// <summary>The form type of a form of this layout with this title.</summary>
    public FormType FormTypeOf(string? titleKey) =>
        titleKey is not null && DepartmentTitles.FoundIn(titleKey) is not null ? FormType.Department : FormType;

    /// <summary>Whether an indicator's name marks it as a sub-row that details the row above (其中…).</summary>
    public bool IsSubRow(string? name) =>
        name is { Length: > 0 } && SubRowPrefixes.Any(p => LabelKey.Of(name).StartsWith(p, StringComparison.Ordinal));

    public override string ToString() => Id;
}
