using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Layouts;

/// <summary>Spellings several layouts share: group labels with their points, the year line, the "no value" marks.</summary>
internal static class Words
{
    public const string Dash = "—";

    /// <summary>The three groups' names as the national form spells them (产出指标, 效益指标, 满意度指标).</summary>
    public static IReadOnlyList<string> GroupNames { get; } = [.. SelfEvaluationTemplate.Groups.Select(g => g.Name)];

    /// <summary>The year line under a title: (2022年度), （2022年度）, ( 2022 年度).</summary>
    public static string YearLine(Random random, int year) => random.Next(3) switch
    {
        0 => $"({year}年度)",
        1 => $"（{year}年度）",
        _ => $"( {year} 年度)",
    };

    /// <summary>
    /// How one form prints points in its group labels: 产出指标(50分), 产出指标（50分）, 产出指标(50), or spaced out as a
    /// tall narrow cell comes out (产 出 指 标 (50分)).
    /// </summary>
    public static Func<string, decimal, string> PointsStyle(Random random, bool spaced = false)
    {
        var style = spaced ? 3 : random.Next(3);
        return (name, points) =>
        {
            var p = Figures.Number(points);
            return style switch
            {
                0 => $"{name}({p}分)",
                1 => $"{name}（{p}分）",
                2 => $"{name}({p})",
                _ => string.Join(' ', name.Select(c => c.ToString())) + $" ({p}分)",
            };
        };
    }

    /// <summary>The level-1 label of a form: with its points where the truth records them.</summary>
    public static Func<string, string> Level1Label(Form form, Func<string, decimal, string> style) =>
        level1 => form.GroupWeights is { } points && points.TryGetValue(level1, out var p) ? style(level1, p) : level1;

    /// <summary>
    /// The points a form prints in its group labels, keyed by the group's name in the form's order: the layout's
    /// split, which a broken form's rows no longer add up to.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> GroupPoints(FormDraft draft)
    {
        var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var level1 in draft.Indicators.Select(r => r.Level1).Distinct())
        {
            var group = GroupNames.ToList().IndexOf(level1);
            points[level1] = draft.Profile.GroupWeights[group];
        }

        return points;
    }

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
