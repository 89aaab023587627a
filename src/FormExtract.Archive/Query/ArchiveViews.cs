namespace FormExtract.Archive.Query;

/// <summary>The views of the archive (migration 0002) that <c>formextract query</c> prints by name.</summary>
public static class ArchiveViews
{
    public static IReadOnlyList<ArchiveView> All { get; } =
    [
        new("findings_by_rule", "findings counted by rule, severity, department and year", "findings DESC, rule, severity, department, fiscal_year"),
        new("finding_details", "every finding with its form's department, year, project and file", "source_path, form_index, path, rule"),
        new("wrong_scores", "forms whose total score or budget score disagrees with its parts, and by how much", "department, fiscal_year, source_path, form_index, rule"),
        new("load_manifest", "every input each load was given and what became of it", "load_id, path"),
        new("load_summary", "each load's inputs: archived, reprocessed, skipped, failed, unreadable, pending", "load_id"),
        new("archive_summary", "documents, forms and findings by status, format and reader version", "status, format, reader_version"),
    ];

    public static ArchiveView? Find(string name) => All.FirstOrDefault(v => v.Name == name);
}
