namespace FormExtract.Synthetic.Shapes;

/// <summary>The text shapes in which real forms reach a reader (corpus/real/README.md).</summary>
public enum TextShape
{
    /// <summary>Tab-separated rows, as PDF table extractors dump them.</summary>
    Tsv,

    /// <summary>Rows of cells separated by <c>|</c>, as HTML tables are turned into text (a row may be broken over lines).</summary>
    Pipe,

    /// <summary>One cell per line, an HTML table dumped cell by cell.</summary>
    CellPerLine,

    /// <summary>Text flattened onto a few long lines, cells separated by spaces or by nothing.</summary>
    Flattened,

    /// <summary>Columns aligned with spaces, as pdftotext -layout and text browsers print a table.</summary>
    Aligned,

    /// <summary>CSV or TSV as a spreadsheet exports it.</summary>
    Csv,

    /// <summary>Forms cut off before their total, or in the middle of a cell.</summary>
    CutOff,
}
