using System.Text;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Comma-separated values as spreadsheets export them (RFC 4180): a field in double quotes may hold commas,
/// line breaks and doubled quotes; merged cells come out as empty fields. A cell keeps the line it starts on.
/// </summary>
internal static class CsvRows
{
    public static IReadOnlyList<LayoutRow> Read(string text, char separator, CancellationToken cancellationToken)
    {
        var rows = new List<LayoutRow>();
        foreach (var record in Records(text, separator))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (record.All(f => string.IsNullOrWhiteSpace(f.Text)))
            {
                continue;
            }

            rows.Add(new LayoutRow(record.Select((f, column) => new LayoutCell(f.Text, column, CellOrigin.AtLine(f.Line))).ToArray()));
        }

        return rows;
    }

    /// <summary>The records of the text, each a list of fields with the line each starts on.</summary>
    public static IEnumerable<List<(string Text, int Line)>> Records(string text, char separator)
    {
        var record = new List<(string Text, int Line)>();
        var field = new StringBuilder();
        var (line, fieldLine, quoted, atFieldStart) = (1, 1, false, true);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
            }
            else if (c == separator)
            {
                record.Add((field.ToString(), fieldLine));
                field.Clear();
                (fieldLine, atFieldStart) = (line, true);
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add((field.ToString(), fieldLine));
                yield return record;
                record = [];
                field.Clear();
                line++;
                (fieldLine, atFieldStart) = (line, true);
            }
            else
            {
                field.Append(c);
                atFieldStart = false;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add((field.ToString(), fieldLine));
            yield return record;
        }
    }
}
