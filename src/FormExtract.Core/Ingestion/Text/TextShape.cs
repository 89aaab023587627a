namespace FormExtract.Core.Ingestion.Text;

/// <summary>How a text file lays out a form's table.</summary>
public enum TextShape
{
    /// <summary>One row per line, cells separated by tabs (a dump of a PDF's tables, a spreadsheet saved as TSV).</summary>
    Tabs,

    /// <summary>Rows of cells separated by <c>|</c> (or <c>│</c>), runs of pipes where merged cells were, a row possibly broken over lines.</summary>
    Pipes,

    /// <summary>Comma-separated values as a spreadsheet exports them, quoted fields possibly holding line breaks.</summary>
    Csv,

    /// <summary>Columns aligned with spaces, as layout-mode PDF text or a text-mode browser prints a table.</summary>
    Aligned,

    /// <summary>No row structure left: one cell per line, or cells run together on long lines.</summary>
    Stream,
}
