using System.Text.RegularExpressions;

namespace FormExtract.Pdf;

/// <summary>
/// Paragraph breaks that the page cannot show: a numbered item (<c>2.</c>, <c>3、</c>) that starts a line right
/// after a full line ending a sentence may be a new paragraph or an inline enumeration that wrapped there.
/// The cell's own evidence decides: when one of its items visibly starts a paragraph (a short line before it),
/// or two or more start lines so (an enumeration wrapping at the end of an item twice is unlikely), and none
/// runs on inside a line, the cell lists one item per paragraph, so such an item does too.
/// </summary>
internal static partial class ItemBreaks
{
    /// <summary>
    /// Marks the line boundaries (index of the line after it) that break the paragraph; <paramref name="breaks"/>
    /// holds the breaks the room on the lines shows and is returned with the inferred ones added.
    /// </summary>
    public static bool[] Infer(IReadOnlyList<string> lines, IReadOnlyList<bool> breaks)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(breaks);
        var result = breaks.ToArray();
        var candidates = new List<(int Line, string Style)>();
        var shownStyles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count; i++)
        {
            if (ItemStyle(lines[i]) is not { } style || !EndsSentence(lines[i - 1]))
            {
                continue;
            }

            if (breaks[i])
            {
                shownStyles.Add(style);
            }
            else
            {
                candidates.Add((i, style));
            }
        }

        var repeatedStyles = candidates.GroupBy(c => c.Style).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (line, style) in candidates)
        {
            if ((shownStyles.Contains(style) || repeatedStyles.Contains(style)) && !lines.Any(l => RunsOnInline(l, style)))
            {
                result[line] = true;
            }
        }

        return result;
    }

    /// <summary>
    /// The punctuation after the item number when the line starts a numbered item, an empty string for a bare
    /// number before the item's first character (<c>2产出情况</c>); a figure such as 1.5 is no item.
    /// </summary>
    private static string? ItemStyle(string line)
    {
        var match = LeadingMarker().Match(line);
        return match.Success ? match.Groups["style"].Value : null;
    }

    private static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '；' or ';' or '。';

    private static bool RunsOnInline(string line, string style) =>
        InlineMarker().Matches(line).Any(m => m.Groups["style"].Value == style);

    [GeneratedRegex(@"^\d{1,2}(?:(?<style>[.．、])(?!\d)|(?<style>)(?=\p{IsCJKUnifiedIdeographs}))")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"[；;。]\s*\d{1,2}(?:(?<style>[.．、])(?!\d)|(?<style>)(?=\p{IsCJKUnifiedIdeographs}))")]
    private static partial Regex InlineMarker();
}
