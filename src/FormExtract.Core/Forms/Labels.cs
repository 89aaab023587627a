using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>Matching of printed labels against the template, white space and radicals ignored.</summary>
internal static class Labels
{
    public static string Key(LayoutCell cell) => cell.Key;

    public static bool Is(LayoutCell cell, string label) => Key(cell) == label;

    public static bool IsAny(LayoutCell cell, IReadOnlyList<string> labels) => labels.Contains(Key(cell));

    public static LayoutCell? Find(LayoutRow row, string label) => row.NonEmpty.FirstOrDefault(c => Is(c, label));

    public static LayoutCell? FindAny(LayoutRow row, IReadOnlyList<string> labels) => row.NonEmpty.FirstOrDefault(c => IsAny(c, labels));

    /// <summary>The first non-empty cell to the right of <paramref name="label"/>, skipping span copies of it.</summary>
    public static LayoutCell? ValueAfter(LayoutRow row, LayoutCell label) =>
        row.NonEmpty.Where(c => c.Column > label.Column && !c.IsSpanCopy && Key(c) != Key(label)).FirstOrDefault();

    public static bool IsTitle(LayoutCell cell) => Key(cell).Contains(SelfEvaluationTemplate.Title, StringComparison.Ordinal);

    public static bool IsTotal(LayoutCell cell) => Key(cell) is var key && (key == SelfEvaluationTemplate.Total || key.StartsWith(SelfEvaluationTemplate.Total + "(", StringComparison.Ordinal));
}
