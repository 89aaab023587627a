namespace FormExtract.Archive.Query;

/// <summary>A documented view and the order its rows are printed in.</summary>
public sealed record ArchiveView(string Name, string Description, string OrderBy)
{
    public string Sql => $"SELECT * FROM {Name} ORDER BY {OrderBy}";
}
