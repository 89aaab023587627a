namespace FormExtract.Archive.Schema;

/// <summary>
/// A table the loader writes a document's rows into. Every child table starts with <c>document_id</c>, which
/// the store fills in once the document row has its id; <see cref="Columns"/> are the rest, in row order.
/// </summary>
public sealed record ArchiveTable
{
    public ArchiveTable(string name, params IReadOnlyList<ArchiveColumn> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table has columns.", nameof(columns));
        }

        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<ArchiveColumn> Columns { get; }
}
