using System.Text.RegularExpressions;
using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>One indicator row read from text run together: its cells by column, the printed texts kept.</summary>
internal sealed record FusedIndicatorRow(LayoutCell Name, LayoutCell? Target, LayoutCell? Actual, IReadOnlyList<LayoutCell> Figures, LayoutCell? Deviation)
{
    /// <summary>The weight and score once read from <see cref="Figures"/> (with an actual fused before them), or null.</summary>
    public FigureReading? Reading { get; init; }
}

/// <summary>
/// Reads indicator rows from text whose cells ran together (<c>信访接待覆盖户数>=28个36个1111完成法律宣传活动课题个数…</c>):
/// a row is a name, its target and actual (a comparator, a figure and a unit each, or words), then its weight and
/// score, then a deviation reason that ends at a full stop. The weight and score, run together (<c>1111</c>, with an
/// actual printed without a unit before them: <c>981111</c>), are cut by shapes (a score no more than its weight),
/// and across the table by its sums (the weights add up to the total's weight less the funding's, the scores to the
/// total's score less the funding's). A qualitative target and actual run into the name are parted where the actual
/// repeats the target (<c>及时及时</c>) or ends with it (<c>健全基本健全</c>). What stays in doubt is left as printed.
/// </summary>
internal sealed class FusedIndicatorRows
{
    private const string Comparators = "<>≤≥=＜＞≦≧";
    private const int LongestQualitative = 4;

    /// <summary>How long a target after a name's keyword may be when nothing else shows where the name ends.</summary>
    private const int ShortestGuess = 3;

    /// <summary>How long a word of degree before a repeated target may be (基本, 略有); one character would take the name's end (及时性).</summary>
    private static readonly int[] Degrees = [0, 2, 3];

    private readonly FormTemplate _template;
    private readonly Regex _figure;
    private readonly string[] _keywords;

    public FusedIndicatorRows(FormTemplate template)
    {
        _template = template;
        _keywords = template.Categories.Groups.SelectMany(g => g.SubCategories).SelectMany(s => s.Keywords).Distinct(StringComparer.Ordinal).ToArray();
        var units = string.Join('|', template.MeasureUnits.Where(u => u != "%").OrderByDescending(u => u.Length).Select(Regex.Escape));
        // A figure with its comparator and unit; a unit is only taken where no more words follow it.
        _figure = new Regex(
            $@"(?<cmp>[{Comparators}]=?)?(?<num>(?:0|[1-9]\d*)(?:\.\d+)?)(?<unit>[%％]|(?:{units})(?![\p{{IsCJKUnifiedIdeographs}}]))?",
            RegexOptions.CultureInvariant);
    }

    private enum Kind
    {
        Text,
        Measure,
        Digits,
    }

    private readonly record struct Chunk(Kind Kind, string Text, LayoutCell Cell);

    /// <summary>
    /// Whether the cells run an indicator's name into its figures: a text followed by two figures or more; or, where
    /// some cells were printed apart, two cells that run rows together: a name into its target (服务对象满意度>=95%),
    /// or a weight and score into the next name (99助餐点建设完成及时性).
    /// </summary>
    public bool IsFused(IReadOnlyList<LayoutCell> cells) => cells.Any(c =>
    {
        var chunks = Chunks(c);
        return chunks.Count >= 3 && chunks[0].Kind == Kind.Text && chunks[1].Kind != Kind.Text && chunks[2].Kind != Kind.Text;
    }) || cells.Count(c => RunsRowsOn(Chunks(c))) >= 2;

    private static bool RunsRowsOn(List<Chunk> chunks)
    {
        for (var i = 1; i < chunks.Count; i++)
        {
            var (before, after) = (chunks[i - 1], chunks[i]);
            // A comparator is a target's, never a name's; figures that open a cell or follow figures, right before a
            // name, end the row before (1、 numbers an item, (50分) gives a block's points).
            if ((before.Kind == Kind.Text && after.Kind == Kind.Measure && Comparators.Contains(after.Text[0]) && IsName(before.Text))
                || (before.Kind == Kind.Digits && after.Kind == Kind.Text && (i == 1 || chunks[i - 2].Kind != Kind.Text) && IsName(after.Text))
                // A name, its target in words and the actual that repeats it, run into the figures (项目预算控制数预算内预算内2020).
                || (before.Kind == Kind.Text && after.Kind == Kind.Digits && IsName(before.Text) && Qualitative(before.Text, 4) is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text may be an indicator's name: four letters or more, no mark of a sentence or a bracket.</summary>
    private static bool IsName(string text) =>
        text.Length >= 4 && text.All(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter);

    /// <summary>The rows in the cells, and the cells between them that are no row (category labels), in order.</summary>
    public IReadOnlyList<object> Read(IReadOnlyList<LayoutCell> cells, Func<LayoutCell, bool> isLabel)
    {
        // The table's runs of chunks between its category labels, and the labels.
        var parts = new List<object>();
        var chunks = new List<Chunk>();
        foreach (var cell in cells)
        {
            if (isLabel(cell))
            {
                parts.Add(chunks);
                parts.Add(cell);
                chunks = [];
                continue;
            }

            chunks.AddRange(Chunks(cell));
        }

        parts.Add(chunks);

        // The words the table's rows are judged by where they were printed apart or repeated (及时及时): such a word
        // at the end of another row's name is that row's target run into it.
        var judged = parts.OfType<List<Chunk>>().SelectMany(c => Rows([.. c], null))
            .Select(r => r.Target?.Text).OfType<string>().Where(IsJudgement).ToHashSet(StringComparer.Ordinal);
        var items = new List<object>();
        foreach (var part in parts)
        {
            if (part is List<Chunk> run)
            {
                items.AddRange(Rows(run, judged));
            }
            else
            {
                items.Add(part);
            }
        }

        return items;
    }

    /// <summary>The weight and score of every row read, by shapes and, where they leave a choice, by the table's sums.</summary>
    public IReadOnlyList<FusedIndicatorRow> Weigh(IReadOnlyList<FusedIndicatorRow> rows, decimal? weights, decimal? scores)
    {
        // A score above its weight is read only where the sums cannot be met otherwise (a form may print one).
        var within = rows.Select(r => Options(r, scoreWithinWeight: true)).ToArray();
        var any = rows.Select(r => Options(r, scoreWithinWeight: false)).ToArray();
        // Where the table states why rows lost points, a row that states nothing lost none: that settles a row its
        // result cannot (an exact target it exceeds), when the sums cannot either (a total that misadds).
        var givesReasons = rows.Any(r => r.Deviation is not null);
        bool Supported(int row, FigureReading reading) =>
            ScoresAsItsResult(rows[row], reading) ?? (givesReasons && rows[row].Deviation is null && reading.In(1) is { } weight && reading.In(2) == weight);
        var chosen = FigureSums.Choose(within, weights, scores, Supported) ?? FigureSums.Choose(any, weights, scores, Supported)
            ?? within.Select((o, i) => FigureSums.Single(o.Length > 0 ? o : any[i], r => Supported(i, r))).ToArray();
        return rows.Select((r, i) => r with { Reading = chosen[i] }).ToArray();
    }

    /// <summary>
    /// Whether the reading scores the row as its result deserves: the full weight where the actual meets the target,
    /// less where it falls short; null where the result says neither (no figure to compare, an exact target exceeded).
    /// </summary>
    private static bool? ScoresAsItsResult(FusedIndicatorRow row, FigureReading reading)
    {
        var actualText = reading.Columns.Contains(0) ? reading.Texts[reading.Columns.ToList().IndexOf(0)] : row.Actual?.Text;
        if (row.Target is null || actualText is null || Normalization.MeasureParser.Parse(row.Target.Text) is not { Comparator: { } comparator, Number: { } target }
            || Normalization.MeasureParser.Parse(actualText) is not { Number: { } actual } || reading.In(1) is not { } weight || reading.In(2) is not { } score)
        {
            return null;
        }

        // An exact target (=19个) says nothing about a result above it, which forms score either way.
        bool? meets = comparator switch
        {
            ">=" => actual >= target,
            ">" => actual > target,
            "<=" => actual <= target,
            "<" => actual < target,
            _ => actual == target ? true : null,
        };
        return meets is { } met ? (met ? score == weight : score < weight) : null;
    }

    private FigureReading[] Options(FusedIndicatorRow row, bool scoreWithinWeight)
    {
        var texts = row.Figures.Select(c => c.Text).ToArray();
        if (texts.Length == 0)
        {
            return [];
        }

        // Column 0: an actual printed without a unit, run into the figures; 1: weight; 2: score.
        // Only a target with a figure has a figure for its result; a target in words (or none read) has none.
        var figureTarget = row.Target is { } target && target.Text.Any(char.IsAsciiDigit);
        FigureShape?[] shapes = [row.Actual is null && figureTarget ? FigureShape.Money : null, FigureShape.Weight, FigureShape.Score];
        return FusedFigures.Readings(texts, shapes, _template.NoValueMarks, scoreWithinWeight).Where(r => r.Columns.Contains(1) && r.Columns.Contains(2)).ToArray();
    }

    private List<Chunk> Chunks(LayoutCell cell)
    {
        var text = cell.Text.Trim();
        var chunks = new List<Chunk>();
        var at = 0;
        foreach (Match match in _figure.Matches(text))
        {
            var measure = match.Groups["cmp"].Success || match.Groups["unit"].Success;
            if (!measure && match.Index == at && chunks.Count > 0 && chunks[^1].Kind == Kind.Digits)
            {
                // Figures after a leading zero (066) run on as one.
                chunks[^1] = chunks[^1] with { Text = chunks[^1].Text + match.Value };
                at = match.Index + match.Length;
                continue;
            }

            // A space between two figures of one cell (9 9, a weight and score the flattening kept apart) parts
            // them and is no text: read as one, it would end the row after its weight and start a row without a name.
            if (match.Index > at && !string.IsNullOrWhiteSpace(text[at..match.Index]))
            {
                chunks.Add(new(Kind.Text, text[at..match.Index], cell));
            }

            chunks.Add(new(measure ? Kind.Measure : Kind.Digits, match.Value, cell));
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            chunks.Add(new(Kind.Text, text[at..], cell));
        }

        return chunks;
    }

    /// <param name="chunks">A run of the table's chunks between category labels.</param>
    /// <param name="judged">The table's qualitative targets read elsewhere, or null on the first reading, which takes only what a row itself shows.</param>
    private IEnumerable<FusedIndicatorRow> Rows(List<Chunk> chunks, IReadOnlySet<string>? judged)
    {
        var i = 0;
        while (i < chunks.Count)
        {
            if (chunks[i].Kind != Kind.Text)
            {
                i++;
                continue;
            }

            var name = chunks[i++];
            // Texts printed apart before the figures: the name, then the target and actual (words, or run together).
            var words = new List<Chunk>();
            while (i + 1 < chunks.Count && chunks[i].Kind == Kind.Text && !IsProse(chunks[i].Text) && !SameCell(chunks[i], chunks[i - 1])
                && (chunks[i + 1].Kind != Kind.Text || (words.Count == 0 && i + 2 < chunks.Count && chunks[i + 2].Kind != Kind.Text && !SameCell(chunks[i + 1], chunks[i]))))
            {
                words.Add(chunks[i++]);
            }

            var measures = new List<Chunk>();
            var figures = new List<Chunk>();
            Chunk? between = null;
            while (i < chunks.Count && chunks[i].Kind != Kind.Text || (i + 1 < chunks.Count && chunks[i].Kind == Kind.Text && measures.Count == 1 && figures.Count == 0 && chunks[i + 1].Kind != Kind.Text && !IsProse(chunks[i].Text)))
            {
                var chunk = chunks[i++];
                if (chunk.Kind == Kind.Text)
                {
                    between = chunk;
                }
                else if (chunk.Kind == Kind.Measure && figures.Count == 0)
                {
                    measures.Add(chunk);
                }
                else
                {
                    figures.Add(chunk);
                }
            }

            // A measure after the weight (a score printed with a unit) is no row's part; only the first two measures count.
            LayoutCell? target = measures.Count > 0 ? Piece(measures[0]) : null;
            LayoutCell? actual = measures.Count > 1 ? Piece(measures[1]) : between is { } b ? Piece(b) : null;
            var nameCell = Piece(name);
            if (target is null && words.Count == 2)
            {
                (target, actual) = (Piece(words[0]), Piece(words[1]));
            }
            else if (target is null && words.Count == 1 && Qualitative(words[0].Text, 0) is { } apart)
            {
                (target, actual) = (Piece(words[0], apart.Target), Piece(words[0], apart.Actual));
            }
            else if (target is null && Qualitative(name.Text, 2) is { } parted)
            {
                nameCell = Piece(name, parted.Name);
                target = Piece(name, parted.Target);
                actual = Piece(name, parted.Actual);
            }
            else if (target is null && RunIntoName(name.Text, words.Count == 1 ? words[0].Text : null, actual is not null, judged, ReasonFollows(chunks, i, figures.Count)) is { } glued)
            {
                nameCell = Piece(name, glued.Name);
                target = Piece(name, glued.Target);
                actual = words.Count == 1 ? Piece(words[0]) : glued.Actual is { } runIn ? Piece(name, runIn) : actual;
            }
            else if (target is null && actual is null && words.Count == 1 && judged is not null)
            {
                // A word printed apart after a name that holds no target is the target: a form leaves the actual blank, not the target.
                target = Piece(words[0]);
            }

            LayoutCell? deviation = null;
            if (i < chunks.Count && chunks[i].Kind == Kind.Text && figures.Count > 0)
            {
                var text = chunks[i].Text;
                var stop = text.LastIndexOfAny(['。', '；', ';']);
                if (stop >= 0 && stop < text.Length - 1)
                {
                    deviation = Piece(chunks[i], text[..(stop + 1)]);
                    chunks[i] = chunks[i] with { Text = text[(stop + 1)..] };
                }
                else if (stop >= 0 || IsProse(text) || i + 1 == chunks.Count)
                {
                    deviation = Piece(chunks[i]);
                    i++;
                }
            }

            yield return new FusedIndicatorRow(nameCell, target, actual, figures.Select(Piece).ToArray(), deviation);
        }
    }

    /// <summary>Whether a row's figures are followed by a reason it gives for lost points (a text with a mark of a sentence).</summary>
    private static bool ReasonFollows(List<Chunk> chunks, int at, int figures) =>
        figures > 0 && at < chunks.Count && chunks[at].Kind == Kind.Text && IsProse(chunks[at].Text);

    /// <summary>A qualitative target and actual at the end of a name: the actual repeats the target, or ends with it after a word of degree.</summary>
    private static (string Name, string Target, string Actual)? Qualitative(string text, int shortestName)
    {
        for (var length = Math.Min(LongestQualitative, text.Length / 2); length >= 2; length--)
        {
            var word = text[^length..];
            foreach (var degree in Degrees)
            {
                var targetAt = text.Length - (2 * length) - degree;
                if (targetAt < 0 || text.Substring(targetAt, length) != word)
                {
                    continue;
                }

                var name = text[..targetAt].Trim();
                if (name.Length >= shortestName)
                {
                    return (name, word, text[(targetAt + length)..]);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A qualitative target run into the name with no actual after it that repeats it (长效管理制度健全性健全 | 基本健全,
    /// or no actual at all): the end of the name that the actual printed apart ends with; else a word the table's
    /// other rows are judged by; else the two or three characters after the last of the layout's keywords that
    /// end a name (a name ends with what it measures: …完成质量合格, …长效机制建立), and, where more follows that keyword
    /// with no actual printed apart, the target and the actual run together, parted where the actual takes up the
    /// target's words (有效 | 效果一般) at one cut only.
    /// </summary>
    /// <param name="text">The name as printed, with what ran into it.</param>
    /// <param name="actual">The actual printed apart after the name, if any.</param>
    /// <param name="actualRead">Whether the row has an actual already (printed apart, or between its figures).</param>
    /// <param name="judged">The table's qualitative targets read elsewhere, or null on the first reading.</param>
    /// <param name="reasoned">Whether the row gives a reason for lost points, so that an actual that differs from its target may be run in too.</param>
    private (string Name, string Target, string? Actual)? RunIntoName(string text, string? actual, bool actualRead, IReadOnlySet<string>? judged, bool reasoned)
    {
        for (var length = Math.Min(LongestQualitative, text.Length - 2); actual is not null && length >= 2; length--)
        {
            var word = text[^length..];
            if (actual.EndsWith(word, StringComparison.Ordinal) && Degrees.Contains(actual.Length - length) && IsJudgement(word))
            {
                return (text[..^length].Trim(), word, null);
            }
        }

        if (judged is null)
        {
            return null;
        }

        var known = judged.Where(w => w.Length <= text.Length - 2 && text.EndsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length);
        if (known is not null)
        {
            return (text[..^known.Length].Trim(), known, null);
        }

        var end = _keywords.Select(k => text.LastIndexOf(k, StringComparison.Ordinal) is var at and >= 0 ? at + k.Length : -1).DefaultIfEmpty(-1).Max();
        var rest = end > 0 ? text[end..] : string.Empty;
        if (rest.Length is >= 2 and <= ShortestGuess && IsJudgement(rest))
        {
            return (text[..end].Trim(), rest, null);
        }

        if (actual is not null || actualRead)
        {
            return null;
        }

        if (TargetAndActual(rest) is { } pair)
        {
            return (text[..end].Trim(), pair.Target, pair.Actual);
        }

        // Four letters after the keyword that no actual takes up (成效明显), in a row that gives no reason for lost
        // points (so no actual unlike its target is run in, 明显较好): the name ends with the two letters of what it
        // measures (成效, 效果), the target is the last two, as a target in words is (明显, 提高).
        return !reasoned && rest.Length == LongestQualitative && IsJudgement(rest) ? (text[..(end + 2)].Trim(), rest[2..], null) : null;
    }

    /// <summary>
    /// A target and an actual in words run together (有效效果一般): the one cut where the actual repeats a letter of
    /// the target, the target no longer than a guessed one; null where no cut or several do.
    /// </summary>
    private static (string Target, string Actual)? TargetAndActual(string text)
    {
        (string, string)? found = null;
        for (var length = 2; length <= ShortestGuess && text.Length - length >= 2; length++)
        {
            var (target, actual) = (text[..length], text[length..]);
            if (!IsJudgement(target) || !IsJudgement(actual) || actual.AsSpan().IndexOfAny(target) < 0)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = (target, actual);
        }

        return found;
    }

    /// <summary>Whether a text may be a word a row is judged by: a few letters, no figure or mark.</summary>
    private static bool IsJudgement(string text) =>
        text.Length is >= 2 and <= LongestQualitative && text.All(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter);

    private static readonly System.Buffers.SearchValues<char> ProseMarks = System.Buffers.SearchValues.Create("，。；、：,;");

    private static bool IsProse(string text) => text.AsSpan().IndexOfAny(ProseMarks) >= 0;

    /// <summary>Whether two chunks were cut from one printed cell: two cells of equal text on one line (提高 提高) are still two.</summary>
    private static bool SameCell(Chunk a, Chunk b) => ReferenceEquals(a.Cell, b.Cell);

    private static LayoutCell Piece(Chunk chunk) => new(chunk.Text.Trim(), 0, chunk.Cell.Origin);

    private static LayoutCell Piece(Chunk chunk, string text) => new(text.Trim(), 0, chunk.Cell.Origin);
}
