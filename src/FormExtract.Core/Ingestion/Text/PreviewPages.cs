using System.Text.RegularExpressions;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// A document preview's text gives each page a line of its own numbered 1、 2、 3、 …, and cuts its pages where a
/// page of characters ends, not where a cell does (实现科学管 / 2、理; 12.51 / 3、2.512.5): its pages are joined
/// again into one text, as the form printed it, and every character keeps the line it stands on.
/// </summary>
internal static partial class PreviewPages
{
    /// <summary>A preview's first page runs a page of cells together: shorter lines are not pages.</summary>
    private const int MinFirstPage = 100;

    /// <summary>The text's lines with each run of numbered pages joined into one piece, page numbers dropped.</summary>
    public static IReadOnlyList<JoinedLine> Join(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var joined = new List<JoinedLine>(lines.Count);
        var page = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var text = line.Text.Trim();
            var number = PageNumber().Match(text);
            var value = number.Success ? int.Parse(number.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : -1;
            // An excerpt may start at any page, whose text starts with a word; the pages after it follow in order,
            // cut anywhere (3、2.512.5).
            var next = page == 0
                ? number.Success && text.Length >= MinFirstPage && number.Length < text.Length && char.GetUnicodeCategory(text[number.Length]) == System.Globalization.UnicodeCategory.OtherLetter
                : value == page + 1;

            if (!next)
            {
                page = 0;
                joined.Add(new JoinedLine(text, [(0, line.Number)]));
                continue;
            }

            var content = text[number.Length..];
            if (page == 0)
            {
                joined.Add(new JoinedLine(content, [(0, line.Number)]));
            }
            else
            {
                var last = joined[^1];
                joined[^1] = new JoinedLine(last.Text + content, [.. last.Starts, (last.Text.Length, line.Number)]);
            }

            page = value;
        }

        return joined;
    }

    [GeneratedRegex(@"^(\d{1,2})、", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}

/// <summary>A text to read as one line, with the line each part of it starts on (offset into the text, line number).</summary>
internal sealed record JoinedLine(string Text, IReadOnlyList<(int Offset, int Line)> Starts)
{
    /// <summary>The line the character at <paramref name="offset"/> stands on.</summary>
    public int LineAt(int offset)
    {
        var line = Starts[0].Line;
        foreach (var (start, number) in Starts)
        {
            if (start > offset)
            {
                break;
            }

            line = number;
        }

        return line;
    }
}
