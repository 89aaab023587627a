namespace FormExtract.Synthetic.Scoring;

/// <summary>
/// A finding expected and not reported (<see cref="Missed"/>), or reported and not expected (a false one),
/// or both (a match). Findings are matched on rule, severity and path (a doubtful finding by the severity its
/// rule gives sure figures); the message is free text. <see cref="Severity"/> is the one reported, where reported.
/// </summary>
public sealed record FindingComparison(string File, int Form, string Rule, string Severity, string Path, bool Expected, bool Reported)
{
    public bool Missed => Expected && !Reported;

    public bool False => Reported && !Expected;

    /// <summary>Reported with a doubt: figures it rests on were read unsurely.</summary>
    public bool Doubtful { get; init; }
}
