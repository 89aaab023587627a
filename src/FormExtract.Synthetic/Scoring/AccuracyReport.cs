using System.Globalization;
using System.Text;

namespace FormExtract.Synthetic.Scoring;

/// <summary>
/// Field-by-field accuracy of extracted documents against their ground truth, and the findings missed or
/// reported falsely. Reports of several files add up with <see cref="Add"/>.
/// </summary>
public sealed record AccuracyReport(IReadOnlyList<FieldComparison> Fields, IReadOnlyList<FindingComparison> Findings)
{
    public static AccuracyReport Empty { get; } = new([], []);

    public int FieldCount => Fields.Count;

    public int CorrectCount => Fields.Count(f => f.Correct);

    /// <summary>Correct fields over all fields; 1 for an empty report.</summary>
    public double Accuracy => Ratio(CorrectCount, FieldCount);

    public int FindingsExpected => Findings.Count(f => f.Expected);

    public int FindingsMissed => Findings.Count(f => f.Missed);

    public int FindingsFalse => Findings.Count(f => f.False);

    /// <summary>False findings reported as errors: those an auditor would act on. A doubtful finding is never one.</summary>
    public int FalseErrors => Findings.Count(f => f.False && f.Severity == "error");

    /// <summary>Findings reported with a doubt (figures read unsurely), true or false.</summary>
    public int FindingsDoubtful => Findings.Count(f => f.Reported && f.Doubtful);

    public double AccuracyOf(FieldKind kind) => Ratio(Fields.Count(f => f.Kind == kind && f.Correct), Fields.Count(f => f.Kind == kind));

    public AccuracyReport Add(AccuracyReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. Fields, .. other.Fields], [.. Findings, .. other.Findings]);
    }

    /// <summary>A plain-text summary with up to <paramref name="examples"/> wrong fields and findings.</summary>
    public string ToText(int examples = 20)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"fields: {CorrectCount}/{FieldCount} correct ({Accuracy:P2})");
        foreach (var kind in Enum.GetValues<FieldKind>())
        {
            var count = Fields.Count(f => f.Kind == kind);
            text.AppendLine(c, $"  {kind.ToString().ToLowerInvariant(),-9} {Fields.Count(f => f.Kind == kind && f.Correct)}/{count} ({AccuracyOf(kind):P2})");
        }

        text.AppendLine(c, $"findings: {FindingsExpected} expected, {FindingsMissed} missed, {FindingsFalse} reported falsely ({FalseErrors} as errors), {FindingsDoubtful} with a doubt");
        foreach (var wrong in Fields.Where(f => !f.Correct).Take(examples))
        {
            text.AppendLine(c, $"  wrong {wrong.File} form {wrong.Form} {wrong.Path}: expected {Show(wrong.Expected)}, got {Show(wrong.Actual)}");
        }

        foreach (var finding in Findings.Where(f => f.Missed || f.False).Take(examples))
        {
            text.AppendLine(c, $"  {(finding.Missed ? "missed" : "false")} {finding.File} form {finding.Form} {finding.Rule} ({finding.Severity}{(finding.Doubtful ? ", doubtful" : string.Empty)}) at {finding.Path}");
        }

        return text.ToString();
    }

    private static string Show(string? value) => value is null ? "(none)" : "\"" + value.ReplaceLineEndings("⏎") + "\"";

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
