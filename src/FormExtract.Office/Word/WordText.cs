using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FormExtract.Office.Word;

/// <summary>
/// The text of Word paragraphs and table cells as Word shows it: runs in order (inserted text kept, deleted text,
/// field codes, hidden runs and drawings left out), a line break or carriage return starting a new line, a tab
/// read as a space; each line folded like the HTML reader's (<see cref="OfficeText"/>), empty lines dropped.
/// </summary>
internal static class WordText
{
    /// <summary>The lines of a paragraph.</summary>
    public static IEnumerable<string> Lines(Paragraph paragraph)
    {
        var text = new StringBuilder();
        Collect(paragraph, text);
        return text.ToString().Split('\n').Select(OfficeText.Fold).Where(l => l.Length > 0);
    }

    /// <summary>A cell's text, its lines joined by <c>\n</c> (paragraphs, breaks, and a line per row of a table nested in it).</summary>
    public static string CellText(TableCell cell) => string.Join("\n", BlockLines(cell));

    private static IEnumerable<string> BlockLines(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            var lines = child switch
            {
                Paragraph paragraph => Lines(paragraph),
                Table table => table.Descendants<TableRow>().Select(RowLine).Where(l => l.Length > 0),
                SdtBlock or CustomXmlBlock or SdtContentBlock => BlockLines(child),
                _ => [],
            };
            foreach (var line in lines)
            {
                yield return line;
            }
        }
    }

    private static string RowLine(TableRow row) =>
        string.Join(" ", row.Descendants<TableCell>().Select(c => OfficeText.Fold(CellText(c).Replace('\n', ' '))).Where(t => t.Length > 0));

    private static void Collect(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run when !IsHidden(run):
                    RunText(run, text);
                    break;
                case Run or DeletedRun or MoveFromRun or ParagraphProperties or AlternateContent:
                    break;
                default:
                    // Hyperlinks, inserted runs, simple fields, content controls, smart tags: their runs are shown.
                    Collect(child, text);
                    break;
            }
        }
    }

    private static void RunText(Run run, StringBuilder text)
    {
        foreach (var part in run.ChildElements)
        {
            switch (part)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break b when b.Type is null || b.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case Break:
                    // A page or column break ends nothing in the text: the paragraph goes on.
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
    }

    private static bool IsHidden(Run run) =>
        run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);
}
