using FormExtract.Core.Template;

namespace FormExtract.Html;

/// <summary>
/// Splits a line of text outside the tables that carries header fields written as "label：value"
/// (<c>项目名称：…</c>, <c>主管部门：…　实施单位：…</c>, as pages that put the header above the table write
/// them) into label and value cells, the way the same fields sit in a table row.
/// </summary>
internal static class LabelledLine
{
    private static readonly string[] Labels =
        [SelfEvaluationTemplate.ProjectName, SelfEvaluationTemplate.Department, SelfEvaluationTemplate.ImplementingUnit];

    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var marks = new List<(int Start, int ValueStart, string Label)>();
        foreach (var label in Labels)
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            var colon = at + label.Length;
            while (at >= 0 && colon < line.Length && line[colon] == ' ')
            {
                colon++;
            }

            if (at >= 0 && colon < line.Length && line[colon] is '：' or ':')
            {
                marks.Add((at, colon + 1, label));
            }
        }

        if (marks.Count == 0)
        {
            return [line];
        }

        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        var cells = new List<string>();
        var before = line[..marks[0].Start].Trim();
        if (before.Length > 0)
        {
            cells.Add(before);
        }

        for (var i = 0; i < marks.Count; i++)
        {
            var end = i + 1 < marks.Count ? marks[i + 1].Start : line.Length;
            cells.Add(marks[i].Label);
            cells.Add(end > marks[i].ValueStart ? line[marks[i].ValueStart..end].Trim() : string.Empty);
        }

        return cells;
    }
}
