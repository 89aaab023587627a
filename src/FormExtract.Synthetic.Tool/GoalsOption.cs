using System.CommandLine;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Tool;

/// <summary><c>--goals</c>: how the goal texts are written (<see cref="GeneratorOptions.Goals"/>).</summary>
internal static class GoalsOption
{
    public static Option<GoalStyle> Create() => new("--goals")
    {
        Description = "Goal texts: numbered (numbered parts, the achieved text with the budget's figures; the default) or varied (also one sentence, sentences with no number or figure, or many parts, as forms across the provinces write them).",
        DefaultValueFactory = _ => GoalStyle.Numbered,
    };
}
