using System.Collections.Frozen;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Cuts text printed with no gap between cells (a document preview that ran a table's cells together:
/// <c>项目名称健康促进专项经费主管部门上海市卫生健康委员会</c>) before and after each of the layouts' words, so that
/// every label is a cell again and what lies between two labels is its value. After a sentence (a goal's text, a
/// deviation reason) a word cuts only right after a full stop or a figure, and no word cuts that heads a colon, so
/// that prose quoting a heading (预算执行：…执行率60.01%) stays whole; a word of two or three characters cuts only
/// where headings run on from one another or a total runs into its figure (分值执行率得分, 总分100).
/// </summary>
internal sealed class FusedWords
{
    private const int ShortWord = 4;
    private const int LongestWord = 24;
    private static readonly System.Buffers.SearchValues<char> FullStops = System.Buffers.SearchValues.Create("。；！？;");
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("，。；、！？：;");

    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    /// <summary>Every character that some word's key holds.</summary>
    private readonly System.Buffers.SearchValues<char> _wordChars;
    private readonly FrozenSet<string> _opening;
    private readonly FrozenSet<string> _headings;
    private readonly FrozenSet<string> _totals;
    private readonly FrozenSet<char> _starts;

    public FusedWords(TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _words = catalog.Vocabulary.Labels.Select(LabelKey.Of).Where(k => k.Length >= 2).ToFrozenSet(StringComparer.Ordinal);
        _opening = catalog.Templates.SelectMany(t => t.Titles.Words)
            .Select(LabelKey.Of).Where(k => k.Length >= ShortWord).ToFrozenSet(StringComparer.Ordinal);
        _headings = catalog.Templates.SelectMany(t => t.FundingColumns.AllWords.Concat(t.IndicatorColumns.AllWords))
            .Select(LabelKey.Of).Where(k => k.Length >= 2).ToFrozenSet(StringComparer.Ordinal);
        _totals = catalog.Templates.SelectMany(t => t.Blocks[FormBlock.Total].Words).Select(LabelKey.Of).ToFrozenSet(StringComparer.Ordinal);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordChars = System.Buffers.SearchValues.Create(string.Concat(_words.SelectMany(w => w).Distinct().Order()));
        _starts = _words.Select(w => w[0]).ToFrozenSet();
    }

    private const int FusedLine = 80;

    /// <summary>Whether a line runs a table's cells together: long, and holding three or more of the layouts' words.</summary>
    public bool IsFused(string line) => line.Length >= FusedLine && Cuts(line).Count >= 3;

    /// <summary>The text's pieces: each word found, and the texts between them.</summary>
    public IReadOnlyList<string> Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = Cuts(text);
        if (cuts.Count == 0)
        {
            return [text];
        }

        var pieces = new List<string>();
        var at = 0;
        foreach (var (start, length) in cuts)
        {
            if (start > at && text[at..start].Trim() is { Length: > 0 } between)
            {
                pieces.Add(between);
            }

            if (length > 0)
            {
                pieces.Add(text.Substring(start, length));
            }

            at = start + length;
        }

        if (at < text.Length && text[at..].Trim() is { Length: > 0 } rest)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    private List<(int Start, int Length)> Cuts(string text)
    {
        // Traditional characters are read one for one, so positions in the read text are positions in the text.
        var read = TraditionalChinese.ToSimplified(text);
        var cuts = new List<(int Start, int Length)>();
        var segmentStart = 0;
        var lastEnd = -1;
        var lastWasHeading = false;
        for (var i = 0; i < read.Length;)
        {
            if (!_starts.Contains(read[i]) || Longest(read, i) is not { } found)
            {
                i++;
                continue;
            }

            var (length, key) = found;
            var end = i + length;
            var prose = IsProse(read.AsSpan(segmentStart, i - segmentStart));
            var intoFigure = end >= read.Length || char.IsAsciiDigit(read[end]) || read[end] is '(' or '（' or '—' or '-';
            var headsProse = end < read.Length && read[end] is '：' or ':';
            var intoSentence = end < read.Length && (SentenceMarks.Contains(read[end]) || read[end] == ',');
            var accepted = headsProse ? false
                : prose ? (AfterSentence(read, i) && (key.Length >= ShortWord || (_totals.Contains(key) && intoFigure))) || HeadingsRunOn(read, end)
                : key.Length >= ShortWord ? !(InText(read, segmentStart, i) && end < read.Length && (char.IsAsciiDigit(read[end]) || intoSentence))
                    : (_totals.Contains(key) && intoFigure)
                    || (_headings.Contains(key) && ((lastEnd == i && lastWasHeading) || (end < read.Length && Longest(read, end) is not null)));
            if (!accepted)
            {
                // A sentence run on from a row's figures (…1050%5执行率*该指标分值…: the scoring method's text) starts
                // a cell of its own where its first word follows the last figure.
                if (!prose && _headings.Contains(key) && StartsSentence(read, i, end))
                {
                    cuts.Add((i, 0));
                    segmentStart = i;
                    lastEnd = i;
                    lastWasHeading = false;
                    i = end;
                    continue;
                }

                i++;
                continue;
            }

            cuts.Add((i, length));
            lastWasHeading = _headings.Contains(key);
            lastEnd = end;
            segmentStart = end;
            i = end;
        }

        return cuts;
    }

    /// <summary>Whether the text holds a mark of sentences: a comma or stop, but not a comma between digits (1,234.50).</summary>
    private static bool IsProse(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (SentenceMarks.Contains(text[i])
                || (text[i] == ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word found before <paramref name="end"/> starts a run of headings (绩效指标一级指标二级指标…): a
    /// table's heading row printed straight after a sentence with no stop between, which no sentence holds.
    /// </summary>
    private bool HeadingsRunOn(string read, int end)
    {
        var run = 1;
        for (var next = end; run < HeadingRun && next < read.Length && Longest(read, next) is { } word && _headings.Contains(word.Key); next += word.Length)
        {
            run++;
        }

        return run >= HeadingRun;
    }

    /// <summary>Headings one after another that make a heading row, not words a sentence quotes.</summary>
    private const int HeadingRun = 3;

    /// <summary>Whether a word right after a figure goes on as text, not as a label before its own figure or another word.</summary>
    private bool StartsSentence(string read, int at, int end) =>
        at > 0 && (char.IsAsciiDigit(read[at - 1]) || read[at - 1] == '%')
        && end < read.Length && !char.IsAsciiDigit(read[end]) && !char.IsWhiteSpace(read[end]) && Longest(read, end) is null;

    /// <summary>Whether a full stop, a figure or a percentage ends the text before the position, spaces aside (…存档工作。 总分100).</summary>
    private static bool AfterSentence(string read, int at)
    {
        var before = at - 1;
        while (before > 0 && read[before] == ' ')
        {
            before--;
        }

        return before >= 0 && (FullStops.Contains(read[before]) || char.IsAsciiDigit(read[before]) || read[before] == '%');
    }

    /// <summary>
    /// Whether the word follows text it was not cut from (申请预算资金2026400元): with a figure after it, that is a
    /// sentence that names an amount, not a label before its figures (which follow a heading, a figure or a mark).
    /// </summary>
    private static bool InText(string read, int from, int at) =>
        at > from && at > 0 && char.GetUnicodeCategory(read[at - 1]) == System.Globalization.UnicodeCategory.OtherLetter;

    /// <summary>A heading that is two headings run together (执行率得分) as its first: each was a cell of its own.</summary>
    private (int Length, string Key) Parted(string read, int at, int length, string key)
    {
        if (!_headings.Contains(key))
        {
            return (length, key);
        }

        for (var first = 2; first <= length - 2; first++)
        {
            var head = LabelKey.Of(read.Substring(at, first));
            if (_headings.Contains(head) && _headings.Contains(LabelKey.Of(read.Substring(at + first, length - first))))
            {
                return (first, head);
            }
        }

        return (length, key);
    }

    /// <summary>The longest word that starts at the position, with its key.</summary>
    /// <summary>
    /// How far from its start the window can hold a word: up to the first character that no word's key has and
    /// that a key would not drop (white space, a gloss's brackets and letters, a colon). In prose that is the
    /// next full stop or comma, so most places need no key made for each length.
    /// </summary>
    private int Reach(ReadOnlySpan<char> window)
    {
        for (var i = 0; i < window.Length; i++)
        {
            var c = window[i];
            if (!(char.IsWhiteSpace(c) || _wordChars.Contains(LabelKey.Fold(c)) || c is '(' or ')' or '（' or '）' or ':' or '：'
                || (c < '\u3000' && char.IsLetter(c)) || RadicalMap.NeedsMapping(c)))
            {
                return i;
            }
        }

        return window.Length;
    }

    private (int Length, string Key)? Longest(string read, int at)
    {
        // Pieces made only of characters that are their own key are looked up as they stand, without a copy.
        var longest = Reach(read.AsSpan(at, Math.Min(LongestWord, read.Length - at)));
        var plain = LabelKey.PlainLength(read.AsSpan(at, longest));
        for (var length = longest; length >= 2; length--)
        {
            string? key;
            if (length <= plain)
            {
                if (!_wordLookup.TryGetValue(read.AsSpan(at, length), out key))
                {
                    continue;
                }
            }
            else if ((key = LabelKey.Of(read.Substring(at, length))).Length < 2 || !_words.Contains(key))
            {
                continue;
            }

            if (!char.IsWhiteSpace(read[at + length - 1]))
            {
                return Parted(read, at, length, key);
            }
        }

        return null;
    }
}
