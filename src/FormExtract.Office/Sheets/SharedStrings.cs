using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormExtract.Office.Sheets;

/// <summary>
/// A workbook's table of shared strings, streamed: each item's text, its rich-text runs joined, its phonetic
/// guides (ruby) left out.
/// </summary>
internal static class SharedStrings
{
    public static IReadOnlyList<string> Read(WorkbookPart workbook, int maxItems, CancellationToken cancellationToken)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }

        var items = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                items.Add(TextOf(item));
                if (items.Count > maxItems)
                {
                    break;
                }

                if (items.Count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        return items;
    }

    /// <summary>The text of a shared or inline string: its own text, or its runs' texts in order.</summary>
    public static string TextOf(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case Run run:
                    text.Append(run.Text?.Text);
                    break;
            }
        }

        return text.ToString();
    }
}
