namespace FormExtract.Synthetic.Scoring;

/// <summary>
/// A finding expected and not reported (<see cref="Missed"/>), or reported and not expected (a false one),
/// or both (a match). Findings are matched on rule, severity and path; the message is free text.
/// </summary>
public sealed record FindingComparison(string File, int Form, string Rule, string Severity, string Path, bool Expected, bool Reported)
{
    public bool Missed => Expected && !Reported;

    public bool False => Reported && !Expected;
}
