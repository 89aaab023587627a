using FormExtract.Core.Model;

namespace FormExtract.Export;

/// <summary>A document after its corrections: the same instance when none applied, how many did, and the refused ones with their reasons.</summary>
public sealed record ReviewOutcome(FormDocument Document, int Applied, IReadOnlyList<string> Problems);
