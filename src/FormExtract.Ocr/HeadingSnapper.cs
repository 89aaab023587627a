using System.Collections.Frozen;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Ocr;

/// <summary>
/// Column headings read through more noise than <see cref="LabelSnapper"/> puts back, told by the row they stand
/// in. On a thin black-and-white scan a header loses strokes in most of its cells (年度指标值 as 件度指标便, 分值 as
/// 分全, 偏差原因分析及改进措施 as 俩奖原轩分析太改进措施); alone, none of them is near enough to a label to be
/// snapped, and the table was taken for text. Beside two headings read right, each is the one heading it lies
/// nearest to, within about two edits in five characters. Only headings are matched, and only in a row that
/// is mostly headings, where a cell is a heading rather than a figure or a sentence.
/// </summary>
internal sealed class HeadingSnapper
{
    /// <summary>Headings read right a row needs before the others are matched more loosely.</summary>
    private const int MinExact = 2;

    /// <summary>Share of a row's cells that must be headings, right or near, for the row to be a header.</summary>
    private const double MinShare = 0.6;

    private static readonly string TargetColumn = ColumnHeading.IndicatorColumnName(IndicatorColumn.Target);

    private static readonly string TargetUnitColumn = ColumnHeading.IndicatorColumnName(IndicatorColumn.TargetUnit);

    private static readonly FrozenSet<string> TargetParts = new[] { IndicatorColumn.TargetComparator, IndicatorColumn.TargetNumber, IndicatorColumn.TargetUnit }
        .Select(ColumnHeading.IndicatorColumnName).ToFrozenSet(StringComparer.Ordinal);

    private readonly ColumnHeading[] _headings;
    private readonly HashSet<string> _keys;

    public HeadingSnapper(TemplateVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _headings = vocabulary.ColumnHeadings.Where(h => h.Key.Length >= 2).ToArray();
        _keys = _headings.Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the text is a column heading as it stands.</summary>
    public bool IsHeading(string text) => _keys.Contains(LabelKey.Of(text));

    /// <summary>How many edits a heading of this length may be read with in a header row: one in two to four characters, two in five or six, else two in five.</summary>
    public static int Allowed(int length) => length < 2 ? 0 : length <= 4 ? 1 : length <= 6 ? 2 : length * 2 / 5;

    /// <summary>
    /// The heading the text lies nearest to within <see cref="Allowed"/>, when every heading as near names the
    /// same column (实际完成值 and 实际完成数 are one column); else null. A text with a digit is no heading.
    /// </summary>
    public string? Near(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = Fold(NearLabels.Denoise(LabelKey.Of(text)));
        if (key.Length < 2 || key.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        ColumnHeading? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var heading in _headings)
        {
            var allowed = Allowed(heading.Key.Length);
            if (Math.Abs(heading.Key.Length - key.Length) > allowed)
            {
                continue;
            }

            var distance = NearLabels.Distance(key, heading.Key);
            if (distance > allowed)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (heading, distance, false);
            }
            else if (distance == bestDistance && heading.Column != best!.Column)
            {
                tie = true;
            }
        }

        return best is not null && !tie ? best.Spelling : null;
    }

    /// <summary>
    /// The row's texts with every near heading put back on its heading, when the row is a header: at least
    /// <see cref="MinExact"/> headings read right, and headings, right or near, at least three and
    /// <see cref="MinShare"/> of its cells. Null when the row is not one, or nothing in it changes.
    /// </summary>
    public string[]? Row(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var snapped = new string[texts.Count];
        var (exact, near, changed) = (0, 0, false);
        for (var i = 0; i < texts.Count; i++)
        {
            snapped[i] = texts[i];
            if (IsHeading(texts[i]))
            {
                exact++;
            }
            else if (Near(texts[i]) is { } heading)
            {
                near++;
                snapped[i] = heading;
                changed = true;
            }
        }

        var header = exact >= MinExact && exact + near >= Math.Max(3, Math.Ceiling(MinShare * texts.Count));
        return header && changed ? snapped : null;
    }

    /// <summary>Whether the text is the heading of a target that may be split into parts below it (年度指标值).</summary>
    public bool IsTargetHeading(string text) => ColumnOf(text) == TargetColumn;

    /// <summary>Whether the text is the heading of a split target's unit (度量单位) as it stands.</summary>
    public bool IsTargetUnitHeading(string text) => ColumnOf(text) == TargetUnitColumn;

    /// <summary>Whether every text is a part of a split target as it stands (指标性质, 指标值, 度量单位), no two the same part.</summary>
    public bool AreTargetParts(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var columns = texts.Select(ColumnOf).ToArray();
        return columns.All(c => c is not null && TargetParts.Contains(c)) && columns.Distinct(StringComparer.Ordinal).Count() == columns.Length;
    }

    /// <summary>The column the text names as it stands, or null when it is no heading.</summary>
    private string? ColumnOf(string text)
    {
        var key = LabelKey.Of(text);
        return _headings.FirstOrDefault(h => h.Key == key)?.Column;
    }

    /// <summary>The target heading (年度指标值 …) the text lies nearest to, however far.</summary>
    public string NearestTarget(string text)
    {
        var key = Fold(NearLabels.Denoise(LabelKey.Of(text)));
        return _headings.Where(h => h.Column == TargetColumn).MinBy(h => NearLabels.Distance(key, h.Key))!.Spelling;
    }

    /// <summary>
    /// A second header row's texts under a target's spanning heading (指标性质 | 指标值 | 度量单位), each put back on
    /// the part of a split target it lies nearest to, within half its length: the three are all a cell there can
    /// be, so they are matched more loosely than a heading anywhere (度量单位 read as 上度好单位, wrapped down its
    /// narrow column, is two edits away). Null when any text is no such part, or nothing changes.
    /// </summary>
    public string[]? UnderTarget(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var snapped = new string[texts.Count];
        var changed = false;
        for (var i = 0; i < texts.Count; i++)
        {
            var key = Fold(NearLabels.Denoise(LabelKey.Of(texts[i])));
            if (key.Length < 2 || key.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                return null;
            }

            var allowed = (key.Length + 1) / 2;
            var nearest = _headings.Where(h => TargetParts.Contains(h.Column))
                .Select(h => (Heading: h, Distance: NearLabels.Distance(key, h.Key)))
                .Where(h => h.Distance <= allowed)
                .OrderBy(h => h.Distance)
                .ToArray();
            if (nearest.Length == 0 || (nearest.Length > 1 && nearest[1].Distance == nearest[0].Distance && nearest[1].Heading.Column != nearest[0].Heading.Column))
            {
                return null;
            }

            snapped[i] = nearest[0].Distance == 0 ? texts[i] : nearest[0].Heading.Spelling;
            changed |= snapped[i] != texts[i];
        }

        return changed ? snapped : null;
    }

    /// <summary>A dash read for 一 (its one stroke, thin and short) is 一 in a heading: -级指标 is 一级指标.</summary>
    private static string Fold(string key) =>
        key.AsSpan().IndexOfAny('-', '—', '－') < 0 ? key : key.Replace('-', '一').Replace('—', '一').Replace('－', '一');
}
