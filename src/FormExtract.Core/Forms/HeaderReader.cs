using System.Text.RegularExpressions;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>Reads the title, the (2022 年度) line, 项目名称, 主管部门 and 实施单位.</summary>
internal sealed partial class HeaderReader(CellFactory cells)
{
    public string? Title { get; private set; }

    public int? FiscalYear { get; private set; }

    public TextCell? ProjectName { get; private set; }

    public TextCell? Department { get; private set; }

    public TextCell? ImplementingUnit { get; private set; }

    /// <summary>Reads what the row holds of the header; false when it holds none of it.</summary>
    public bool Read(LayoutRow row)
    {
        var found = false;
        foreach (var cell in row.NonEmpty.Where(c => !c.IsSpanCopy))
        {
            var key = Labels.Key(cell);
            if (Title is null && Labels.IsTitle(cell))
            {
                Title = TextNormalizer.Normalize(cell.Text);
                found = true;
            }

            if (FiscalYear is null && Year().Match(key) is { Success: true } year && (Labels.IsTitle(cell) || key.Length <= 12))
            {
                FiscalYear = int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                found = true;
            }

            found |= TryLabel(row, cell, SelfEvaluationTemplate.ProjectName, v => ProjectName ??= v)
                | TryLabel(row, cell, SelfEvaluationTemplate.Department, v => Department ??= v)
                | TryLabel(row, cell, SelfEvaluationTemplate.ImplementingUnit, v => ImplementingUnit ??= v);
        }

        return found;
    }

    private bool TryLabel(LayoutRow row, LayoutCell cell, string label, Action<TextCell?> set)
    {
        if (!Labels.Is(cell, label))
        {
            return false;
        }

        set(cells.Text(Labels.ValueAfter(row, cell)));
        return true;
    }

    [GeneratedRegex(@"(?:^|[（(])((?:19|20)\d{2})年度?(?:[)）]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
