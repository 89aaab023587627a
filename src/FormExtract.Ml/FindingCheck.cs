using System.Globalization;
using System.Text;

namespace FormExtract.Ml;

/// <summary>An error finding of a form read from a file whose truth is known, with the cells it rests on.</summary>
public sealed record FindingOnCells(string File, int Form, string Rule, string Path, IReadOnlyList<string> Cells);

/// <summary>One cell a finding rests on: its confidence and whether it was read right.</summary>
public sealed record JudgedCell(string Path, double Confidence, bool Right);

/// <summary>
/// Whether a confidence lets a reader see the error findings that misreadings made: of the error findings (as the
/// rules give them) that rest on a cell read wrong, those whose every wrong cell lies at 0.99 or above, where
/// nothing points at the misreading (<see cref="Confident"/>: the target is none), and of those the ones with no
/// cell below the doubt bar at all, which would be reported as errors without a doubt.
/// </summary>
public sealed record FindingCheck(string Name, int ErrorFindings, IReadOnlyList<(FindingOnCells Finding, IReadOnlyList<JudgedCell> Cells)> OnWrongCells, int ConfidentWithoutDoubt)
{
    /// <summary>The findings resting on wrong cells whose every wrong cell lies at <see cref="Top"/> or above: the target is none.</summary>
    public IReadOnlyList<(FindingOnCells Finding, IReadOnlyList<JudgedCell> Cells)> Confident =>
        [.. OnWrongCells.Where(x => x.Cells.Where(c => !c.Right).All(c => c.Confidence >= Top))];

    /// <summary>The confidence at and above which a cell is taken as sure beyond review.</summary>
    public const double Top = 0.99;

    /// <summary>The confidence under which a recognised cell makes the findings resting on it doubtful (the review's bar).</summary>
    public const double DoubtBelow = 0.9;

    /// <param name="name">What is weighed (the model, or the recogniser's own confidence).</param>
    /// <param name="findings">The error findings with the cells each rests on.</param>
    /// <param name="judge">A cell's confidence and whether it is right, by file, form and path; null where the truth says nothing of it.</param>
    public static FindingCheck Of(string name, IEnumerable<FindingOnCells> findings, Func<string, int, string, (double Confidence, bool Right)?> judge)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(judge);
        int count = 0, withoutDoubt = 0;
        var onWrong = new List<(FindingOnCells, IReadOnlyList<JudgedCell>)>();
        foreach (var finding in findings)
        {
            count++;
            var cells = finding.Cells
                .Select(path => judge(finding.File, finding.Form, path) is { } j ? new JudgedCell(path, j.Confidence, j.Right) : null)
                .OfType<JudgedCell>()
                .ToArray();
            var wrong = cells.Where(c => !c.Right).ToArray();
            if (wrong.Length == 0)
            {
                continue;
            }

            onWrong.Add((finding, cells));
            if (wrong.All(c => c.Confidence >= Top))
            {
                if (cells.All(c => c.Confidence >= DoubtBelow))
                {
                    withoutDoubt++;
                }
            }
        }

        return new FindingCheck(name, count, onWrong, withoutDoubt);
    }

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{Name}: error findings (as the rules give them) resting on cells read wrong");
        text.AppendLine();
        text.AppendLine(c, $"- error findings: {ErrorFindings:N0}; resting on a cell read wrong: {OnWrongCells.Count:N0}");
        text.AppendLine(c, $"- resting only on wrong cells at ≥ {Top:0.00} (every wrong cell it rests on): {Confident.Count:N0}; of them with no cell it rests on below {DoubtBelow:0.00} (an error without a doubt): {ConfidentWithoutDoubt:N0}");
        foreach (var (finding, cells) in OnWrongCells)
        {
            var named = string.Join(", ", cells.Select(x => $"{x.Path} {x.Confidence.ToString("0.0000", c)}{(x.Right ? string.Empty : " wrong")}"));
            text.AppendLine(c, $"  - {finding.File} form {finding.Form}: {finding.Rule} at {finding.Path} ({named})");
        }

        return text.ToString();
    }
}
