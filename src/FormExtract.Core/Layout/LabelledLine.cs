namespace FormExtract.Core.Layout;

/// <summary>
/// Splits a line of text that carries header fields written as "label：value" (<c>项目名称：…</c>,
/// <c>主管部门：…　实施单位：…</c>, as pages and documents that put the header above the table write them) into
/// label and value cells, the way the same fields sit in a table row. The labels are the layouts' header words.
/// </summary>
public sealed class LabelledLine
{
    private readonly string[] _labels;

    public LabelledLine(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        // Longest first, so that 主管部门 is found before the 部门 inside it.
        _labels = labels.Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).ToArray();
    }

    public IReadOnlyList<string> Split(string line) => [.. Cells(line).Select(c => c.Text)];

    /// <summary>
    /// The line's cells, each with whether it was parted out of a run of fields: a value followed on the same line
    /// by another field's label, where only that label says where the value ends (<c>主管部门：…　实施单位：…</c>).
    /// </summary>
    public IReadOnlyList<(string Text, bool Parted)> Cells(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Labels are found in the line read in Simplified characters (one for one), values cut from the line as printed.
        var read = Normalization.TraditionalChinese.ToSimplified(line);
        var marks = new List<(int Start, int ValueStart, string Label)>();
        foreach (var label in _labels)
        {
            for (var at = read.IndexOf(label, StringComparison.Ordinal); at >= 0; at = read.IndexOf(label, at + 1, StringComparison.Ordinal))
            {
                var colon = at + label.Length;
                while (colon < line.Length && line[colon] == ' ')
                {
                    colon++;
                }

                var taken = marks.Any(m => at < m.ValueStart && m.Start < colon);
                if (!taken && colon < line.Length && line[colon] is '：' or ':')
                {
                    marks.Add((at, colon + 1, label));
                }
            }
        }

        if (marks.Count == 0)
        {
            return [(line, false)];
        }

        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        var cells = new List<(string, bool)>();
        var before = line[..marks[0].Start].Trim();
        if (before.Length > 0)
        {
            cells.Add((before, false));
        }

        for (var i = 0; i < marks.Count; i++)
        {
            var last = i + 1 == marks.Count;
            var end = last ? line.Length : marks[i + 1].Start;
            cells.Add((line[marks[i].Start..(marks[i].Start + marks[i].Label.Length)], false));
            var value = end > marks[i].ValueStart ? line[marks[i].ValueStart..end].Trim() : string.Empty;
            cells.Add((value, !last && value.Length > 0));
        }

        return cells;
    }
}
