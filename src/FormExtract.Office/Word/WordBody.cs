using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Office.Word;

/// <summary>
/// A Word body laid out as rows in reading order, as the HTML reader lays out a page: each table as its grid
/// (<see cref="WordTableGrid"/>), each line of a paragraph between tables (a title, the year, 项目名称 written as
/// a paragraph) as a row: one cell, or label and value cells for header fields written as "label：value"
/// (<see cref="LabelledLine"/>). Paragraphs are numbered among the body's own, from 1: <c>paragraph[4]</c>.
/// </summary>
internal sealed class WordBody
{
    private readonly LabelledLine _labelledLine;
    private readonly CancellationToken _cancellationToken;
    private readonly List<LayoutRow> _rows = [];
    private int _paragraphs;
    private int _tables;

    private WordBody(LabelledLine labelledLine, CancellationToken cancellationToken)
    {
        _labelledLine = labelledLine;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The rows of the body, and how many of its tables held text.</summary>
    public static (IReadOnlyList<LayoutRow> Rows, int DataTables) Walk(Body body, LabelledLine labelledLine, CancellationToken cancellationToken)
    {
        var walker = new WordBody(labelledLine, cancellationToken);
        var dataTables = walker.Visit(body);
        return (walker._rows, dataTables);
    }

    private int Visit(OpenXmlElement container)
    {
        var dataTables = 0;
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    _paragraphs++;
                    var origin = CellOrigin.At($"paragraph[{_paragraphs}]");
                    foreach (var line in WordText.Lines(paragraph))
                    {
                        _rows.Add(new LayoutRow(_labelledLine.Split(line).Select((text, column) => new LayoutCell(text, column, origin)).ToArray()));
                    }

                    break;
                case Table table:
                    _cancellationToken.ThrowIfCancellationRequested();
                    _tables++;
                    var rows = WordTableGrid.Read(table, _tables);
                    dataTables += rows.Count > 0 ? 1 : 0;
                    _rows.AddRange(rows);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    dataTables += Visit(child);
                    break;
            }
        }

        return dataTables;
    }
}
