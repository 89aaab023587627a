namespace FormExtract.Archive.Storage;

internal static class InputOutcomes
{
    public static string Name(InputOutcome outcome) => outcome switch
    {
        InputOutcome.Archived => "archived",
        InputOutcome.Reprocessed => "reprocessed",
        InputOutcome.Skipped => "skipped",
        InputOutcome.Failed => "failed",
        InputOutcome.Unreadable => "unreadable",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
