namespace FormExtract.Report;

/// <summary>What a report holds: pages written, crops cut, and the problems met (a missing source), each naming its document.</summary>
public sealed record ReportResult(int Documents, int Forms, int Findings, int Crops, IReadOnlyList<string> Problems);
