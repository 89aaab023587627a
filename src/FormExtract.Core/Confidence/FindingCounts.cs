using FormExtract.Core.Model;
using FormExtract.Core.Reconciliation;

namespace FormExtract.Core.Confidence;

/// <summary>A form's findings counted once, by path and by group: a form's cells are many, its findings few.</summary>
internal sealed class FindingCounts
{
    private readonly Dictionary<string, int> _here = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);

    public FindingCounts(IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            _here[finding.Path] = _here.GetValueOrDefault(finding.Path) + 1;
            var group = CellFeatures.Group(finding.Path);
            _groups[group] = _groups.GetValueOrDefault(group) + 1;
            Equations += ReadingReconciler.EquationRules.Contains(finding.Rule) ? 1 : 0;
        }
    }

    /// <summary>The form's findings of its equations (sums, products, rates).</summary>
    public int Equations { get; }

    public int Here(string path) => _here.GetValueOrDefault(path);

    public int InGroup(string path) => _groups.GetValueOrDefault(CellFeatures.Group(path));
}
