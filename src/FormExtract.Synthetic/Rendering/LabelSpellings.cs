
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Rendering;

/// <summary>The spellings of the template's labels that printed forms use, including the gaps a narrow merged cell leaves.</summary>
internal static class LabelSpellings
{
    /// <summary>年度总体目标, 年度目标, and 年度 总体 目标 as a three-line merged cell comes out of a PDF.</summary>
    public static IReadOnlyList<string> GoalBlock { get; } =
    [
        SelfEvaluationTemplate.GoalsLabels[0],
        SelfEvaluationTemplate.GoalsLabels[1],
        string.Join(' ', SelfEvaluationTemplate.GoalsLabels[0].Chunk(2).Select(c => new string(c))),
    ];
}
