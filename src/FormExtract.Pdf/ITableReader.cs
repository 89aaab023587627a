namespace FormExtract.Pdf;

/// <summary>Finds the tables of one page: from its ruling lines (lattice) or from the alignment of its words (stream).</summary>
internal interface ITableReader
{
    IReadOnlyList<PageTable> Read(PageContent page);
}
