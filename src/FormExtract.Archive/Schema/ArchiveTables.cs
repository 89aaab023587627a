using static FormExtract.Archive.Schema.ColumnKind;

namespace FormExtract.Archive.Schema;

/// <summary>
/// The child tables of a document as the loader writes them; the migrations (<c>Migrations/</c>) create them
/// with the same columns. Their names are part of the archive's contract (README, "The archive").
/// </summary>
public static class ArchiveTables
{
    public static ArchiveTable Forms { get; } = new("forms",
        new("form_index", Int4), new("template", Text), new("form_type", Text), new("title", Text),
        new("truncated", Flag), new("fiscal_year", Int4), new("project_name", Text), new("department", Text),
        new("implementing_unit", Text), new("first_line", Int4), new("last_line", Int4), new("pages", ColumnKind.Json),
        new("funding_unit", Text), new("funding_weight", Numeric), new("execution_rate", Numeric), new("funding_score", Numeric),
        new("goals_expected", Text), new("goals_achieved", Text), new("group_weights", ColumnKind.Json),
        new("total_weight", Numeric), new("total_score", Numeric), new("grade", Text), new("finding_count", Int4));

    public static ArchiveTable FundingRows { get; } = new("funding_rows",
        new("form_index", Int4), new("position", Int4), new("slot", Text), new("label", Text),
        new("initial_budget", Numeric), new("adjusted_budget", Numeric), new("executed", Numeric));

    public static ArchiveTable Indicators { get; } = new("indicators",
        new("form_index", Int4), new("position", Int4), new("level1", Text), new("level2", Text), new("name", Text),
        new("target", Text), new("target_comparator", Text), new("target_number", Numeric), new("target_unit", Text), new("target_qualitative", Text),
        new("actual", Text), new("actual_comparator", Text), new("actual_number", Numeric), new("actual_unit", Text), new("actual_qualitative", Text),
        new("weight", Numeric), new("score", Numeric), new("deviation_reason", Text));

    public static ArchiveTable Findings { get; } = new("findings",
        new("form_index", Int4), new("position", Int4), new("rule", Text), new("severity", Text), new("path", Text),
        new("stated", Text), new("expected", Text), new("message", Text));

    public static ArchiveTable Warnings { get; } = new("warnings",
        new("position", Int4), new("code", Text), new("message", Text), new("form_index", Int4), new("path", Text),
        new("page", Int4), new("line", Int4));

    public static ArchiveTable Cells { get; } = new("cells",
        new("form_index", Int4), new("path", Text), new("kind", Text), new("text", Text), new("value", Text),
        new("number", Numeric), new("confidence", Float8), new("page", Int4), new("line", Int4), new("bbox", ColumnKind.Json));

    /// <summary>In the order they are written: a parent before its children.</summary>
    public static IReadOnlyList<ArchiveTable> DocumentChildren { get; } = [Forms, FundingRows, Indicators, Findings, Warnings, Cells];
}
