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

    /// <summary>
    /// The text's lines with each run of numbered pages joined into one piece, page numbers dropped. A lone numbered
    /// line is a page only where <paramref name="lonePages"/> says the text is a preview's (OCR's); elsewhere it is a
    /// numbered item (1、预算执行：…) unless the next page follows it.
    /// </summary>
    public static IReadOnlyList<JoinedLine> Join(IReadOnlyList<TextLine> lines, bool lonePages)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var joined = new List<JoinedLine>(lines.Count);
        var run = new List<(TextLine Line, string Text, int Number)>();
        void Flush()
        {
            if (run.Count == 1 && !lonePages)
            {
                joined.Add(new JoinedLine(run[0].Line.Text.Trim(), [(0, run[0].Line.Number)]));
            }
            else if (run.Count > 0)
            {
                var text = new System.Text.StringBuilder();
                var starts = new List<(int Offset, int Line)>();
                foreach (var (line, page, _) in run)
                {
                    starts.Add((text.Length, line.Number));
                    text.Append(page);
                }

                joined.Add(new JoinedLine(text.ToString(), starts));
            }

            run.Clear();
        }

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var text = line.Text.Trim();
            var number = PageNumber().Match(text);
            var value = number.Success ? int.Parse(number.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : -1;
            // An excerpt may start at any page; the pages after it follow in order, cut anywhere (3、2.512.5).
            var page = run.Count > 0 && value == run[^1].Number + 1;
            if (!page)
            {
                Flush();
                page = OpensExcerpt(text, number);
            }

            if (page)
            {
                run.Add((line, text[number.Length..], value));
                continue;
            }

            joined.Add(new JoinedLine(text, [(0, line.Number)]));
        }

        Flush();
        return joined;
    }

    /// <summary>Whether a numbered line is the first page of an excerpt: a page's length of text that starts with a word.</summary>
    private static bool OpensExcerpt(string text, Match number) =>
        number.Success && text.Length >= MinFirstPage && number.Length < text.Length
        && char.GetUnicodeCategory(text[number.Length]) == System.Globalization.UnicodeCategory.OtherLetter;

    [GeneratedRegex(@"^([0-9]{1,2})、", RegexOptions.CultureInvariant)]
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
