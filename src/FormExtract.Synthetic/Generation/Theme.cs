namespace FormExtract.Synthetic.Generation;

/// <summary>
/// A line of work a department funds: the projects it names, the units that carry them out, the activities
/// its indicators count and the people it serves. Forms drawn from one theme read like one archive.
/// </summary>
internal sealed record Theme(
    string Department,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Beneficiaries,
    IReadOnlyList<string> Purposes);
